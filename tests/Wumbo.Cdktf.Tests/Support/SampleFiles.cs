using Wumbo.Cdktf.Json;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Support;

/// <summary>The real <c>cdktf synth</c> outputs in <c>tests/Fixtures/cdktf/samples</c>.</summary>
internal static class SampleFiles
{
    public static string Root => Path.Combine(RepositoryPaths.CdktfFixtures, "samples");

    /// <summary>Every manifest.json and cdk.tf.json, relative to the samples folder with '/'.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static JsonObject ReadObject(string relativePath) =>
        JsonText.TryParse(Read(relativePath), out var value, out var error) && value is JsonObject obj
            ? obj
            : throw new InvalidOperationException(relativePath + ": " + error);
}
