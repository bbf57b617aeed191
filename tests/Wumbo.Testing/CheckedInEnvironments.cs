using Wumbo.Model;

namespace Wumbo.Testing;

/// <summary>The checked-in environment files, read as the host reads them: paths relative to the repository root.</summary>
public static class CheckedInEnvironments
{
    public static IReadOnlyList<SourceFile> Files() =>
        [.. Directory.GetFiles(RepositoryPaths.Environments, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile("environments/" + Path.GetFileName(path), File.ReadAllBytes(path)))];
}
