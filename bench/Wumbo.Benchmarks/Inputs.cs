namespace Wumbo.Benchmarks;

/// <summary>The repository's environment files, read once so that benchmarks measure work, not the disk.</summary>
internal static class Inputs
{
    public static IReadOnlyList<Wumbo.Model.SourceFile> EnvironmentFiles()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "Wumbo.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Wumbo.sln not found above " + AppContext.BaseDirectory);
        }

        return [.. Directory.GetFiles(Path.Combine(directory, "environments"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new Wumbo.Model.SourceFile("environments/" + Path.GetFileName(path), File.ReadAllBytes(path)))];
    }
}
