using System.Globalization;
using System.Reflection;

namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Verify's file naming, <c>{TestClassName}.{TestMethodName}_{Parameters}</c>, shared by the helper that writes
/// snapshots and the check that finds dangling ones, so the two cannot drift apart.
/// </summary>
public static class SnapshotNaming
{
    private static readonly char[] Unsafe = [.. Path.GetInvalidFileNameChars(), ' ', '*', '?', ':', '\\', '"', '<', '>', '|'];

    public static string ClassName(Type testClass)
    {
        var name = testClass.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    /// <summary>
    /// The directory of the test source file. With <c>ContinuousIntegrationBuild</c> (on when CI=true) the
    /// compiler maps the repository root to <c>/_/</c> in caller paths, so such paths are resolved against
    /// <paramref name="repositoryRoot"/>.
    /// </summary>
    public static string SourceDirectory(string callerFilePath, string repositoryRoot)
    {
        var path = callerFilePath.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(repositoryRoot, callerFilePath[3..])
            : callerFilePath;
        return Path.GetDirectoryName(path)!;
    }

    public static string Stem(string className, string methodName, string? parameters) =>
        string.IsNullOrEmpty(parameters) ? className + "." + methodName : className + "." + methodName + "_" + parameters;

    /// <summary>Theory arguments as <c>name=value</c> pairs joined by <c>_</c>, with file-unsafe characters replaced.</summary>
    public static string Parameters(IReadOnlyList<ParameterInfo> parameters, IReadOnlyList<object?> arguments)
    {
        var pairs = parameters
            .Zip(arguments, (p, a) => p.Name + "=" + (a is null ? "null" : Convert.ToString(a, CultureInfo.InvariantCulture)));
        return Sanitize(string.Join("_", pairs));
    }

    public static string Sanitize(string text) =>
        string.Concat(text.Select(c => Array.IndexOf(Unsafe, c) < 0 ? c : '-'));
}
