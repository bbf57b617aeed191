namespace Wumbo.Testing.Tools;

/// <summary>Finds a program on <c>PATH</c> the way a shell would.</summary>
public static class ExecutableLocator
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
