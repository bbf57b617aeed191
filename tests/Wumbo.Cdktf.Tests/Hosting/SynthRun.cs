using Wumbo.Cdktf.Hosting;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>A scratch project: a copy of the environment files and an output directory, and the app run in-process on them.</summary>
internal sealed class SynthRun : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("wumbo-synth-");

    public SynthRun()
    {
        Directory.CreateDirectory(EnvironmentsDirectory);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Environments, "*.yaml"))
        {
            File.Copy(file, Path.Combine(EnvironmentsDirectory, Path.GetFileName(file)));
        }
    }

    public string EnvironmentsDirectory => Path.Combine(_root.FullName, "environments");

    public string OutputDirectory => Path.Combine(_root.FullName, "cdktf.out");

    public string Stdout { get; private set; } = string.Empty;

    public string Stderr { get; private set; } = string.Empty;

    public int Run(IReadOnlyDictionary<string, string>? variables = null, params string[] extraArguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = SynthCommand.Run(
            ["--environments", EnvironmentsDirectory, "--out", OutputDirectory, .. extraArguments],
            stdout,
            stderr,
            name => variables?.GetValueOrDefault(name));
        (Stdout, Stderr) = (stdout.ToString(), stderr.ToString());
        return exitCode;
    }

    /// <summary>Every file below the output directory: relative path → bytes.</summary>
    public SortedDictionary<string, byte[]> OutputFiles() =>
        new(Directory.GetFiles(OutputDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose() => _root.Delete(recursive: true);
}
