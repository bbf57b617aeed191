using System.Reflection;
using Xunit.v3;

namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Finds <c>*.verified.*</c> files whose <c>{Class}.{Method}</c> is no longer a test in the assembly (Verify's
/// dangling-files idea), so a test can fail on orphaned snapshots after a rename or a deletion.
/// </summary>
public static class DanglingSnapshots
{
    /// <returns>Paths relative to <paramref name="directory"/>, with <c>/</c>, sorted ordinally.</returns>
    public static IReadOnlyList<string> Find(Assembly testAssembly, string directory)
    {
        var tests = TestStems(testAssembly);
        return [.. Directory
            .EnumerateFiles(directory, "*.verified.*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Where(path => !IsBuildOutput(path) && !tests.Any(stem => BelongsTo(Path.GetFileName(path), stem)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Fails with the list of orphaned snapshots, if there are any.</summary>
    public static void EnsureNone(Assembly testAssembly, string directory)
    {
        var dangling = Find(testAssembly, directory);
        if (dangling.Count > 0)
        {
            throw new CheckFailedException(
                "Snapshots without a test method in " + directory + " (delete them, or rename them with their test):\n  "
                + string.Join("\n  ", dangling));
        }
    }

    private static List<string> TestStems(Assembly assembly) =>
        [.. assembly.GetTypes()
            .SelectMany(type => type
                .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(method => method.GetCustomAttributes().OfType<IFactAttribute>().Any())
                .Select(method => SnapshotNaming.Stem(SnapshotNaming.ClassName(type), method.Name, null)))];

    private static bool BelongsTo(string fileName, string stem) =>
        fileName.StartsWith(stem + ".verified.", StringComparison.Ordinal)
        || fileName.StartsWith(stem + "_", StringComparison.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin/", StringComparison.Ordinal)
        || relativePath.StartsWith("obj/", StringComparison.Ordinal)
        || relativePath.Contains("/bin/", StringComparison.Ordinal)
        || relativePath.Contains("/obj/", StringComparison.Ordinal);
}
