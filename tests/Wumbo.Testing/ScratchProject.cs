namespace Wumbo.Testing;

/// <summary>
/// A temporary directory holding a copy of the repository's environment files, for running a host in-process on
/// them (and breaking them) without touching the repository; deleted on dispose.
/// </summary>
public sealed class ScratchProject : IDisposable
{
    private readonly DirectoryInfo _root;

    public ScratchProject(string prefix)
    {
        _root = Directory.CreateTempSubdirectory(prefix);
        Directory.CreateDirectory(EnvironmentsDirectory);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Environments, "*.yaml"))
        {
            File.Copy(file, Path.Combine(EnvironmentsDirectory, Path.GetFileName(file)));
        }
    }

    public string Root => _root.FullName;

    public string EnvironmentsDirectory => Path.Combine(Root, "environments");

    /// <summary>Every file below <paramref name="directory"/>: relative path (with '/') → bytes; empty when it does not exist.</summary>
    public static SortedDictionary<string, byte[]> Files(string directory) =>
        Directory.Exists(directory)
            ? new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    public void Dispose() => _root.Delete(recursive: true);
}
