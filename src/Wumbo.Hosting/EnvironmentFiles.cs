using Wumbo.Model;

namespace Wumbo.Hosting;

/// <summary>The environment files of a directory (<c>*.yaml</c>, <c>*.yml</c>), named by their path as diagnostics print it.</summary>
public static class EnvironmentFiles
{
    public static IReadOnlyList<SourceFile> Read(string directory) =>
        [.. Directory.GetFiles(directory, "*.yaml")
            .Concat(Directory.GetFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.Combine(directory, Path.GetFileName(path)).Replace('\\', '/'), File.ReadAllBytes(path)))];
}
