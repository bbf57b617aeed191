using System.Collections.Immutable;
using Wumbo.Model;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Hosting;

/// <summary>The environment files of a directory (<c>*.yaml</c>, <c>*.yml</c>), named by their path as diagnostics print it.</summary>
public static class EnvironmentFiles
{
    public static IReadOnlyList<SourceFile> Read(string directory) =>
        [.. Directory.GetFiles(directory, "*.yaml")
            .Concat(Directory.GetFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.Combine(directory, Path.GetFileName(path)).Replace('\\', '/'), File.ReadAllBytes(path)))];

    /// <summary>
    /// Loads and validates the directory's environments as every host does: a missing directory and the
    /// diagnostics are printed (<see cref="DiagnosticsOutput"/>, annotated when <paramref name="environmentVariable"/> says
    /// so), and the environments come back only without errors.
    /// </summary>
    public static bool TryLoad(
        string directory, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable, out ImmutableArray<EnvironmentModel> environments) =>
        TryLoad(directory, stdout, stderr, environmentVariable, out environments, out _);

    /// <summary>As the overload above, with where each environment's values were written (for diagnostics of later stages).</summary>
    public static bool TryLoad(
        string directory,
        TextWriter stdout,
        TextWriter stderr,
        Func<string, string?> environmentVariable,
        out ImmutableArray<EnvironmentModel> environments,
        out ImmutableSortedDictionary<string, SourceMap> sources)
    {
        environments = [];
        sources = ImmutableSortedDictionary<string, SourceMap>.Empty;
        if (!Directory.Exists(directory))
        {
            stderr.Write($"error: the environments directory '{directory}' does not exist\n");
            return false;
        }

        var loaded = EnvironmentLoader.Load(Read(directory));
        if (DiagnosticsOutput.Report(loaded.Diagnostics, stdout, stderr, environmentVariable))
        {
            return false;
        }

        environments = loaded.Environments;
        sources = loaded.Sources;
        return true;
    }
}
