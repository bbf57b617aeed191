using Wumbo.Testing;

namespace Wumbo.Model.Tests.Loading;

/// <summary>The checked-in environment files, read as the host reads them (paths relative to the repository root).</summary>
internal static class EnvironmentFiles
{
    public static IReadOnlyList<SourceFile> All() =>
        [.. Directory.GetFiles(RepositoryPaths.Environments, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile("environments/" + Path.GetFileName(path), File.ReadAllBytes(path)))];

    public static ModelLoadResult Load() => EnvironmentLoader.Load(All());

    /// <summary>Loads one in-memory file, named like a real one so the file-name check passes.</summary>
    public static ModelLoadResult LoadText(string yaml, string path = "environments/development.yaml") =>
        EnvironmentLoader.Load([new SourceFile(path, System.Text.Encoding.UTF8.GetBytes(yaml))]);
}
