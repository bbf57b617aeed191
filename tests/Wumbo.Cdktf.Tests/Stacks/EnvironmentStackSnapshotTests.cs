using System.Globalization;
using Wumbo.Cdktf.Stacks;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// Every environment's stack, and the manifest, against committed snapshots. Before the snapshot comparison,
/// the refactor guard compares the committed stack with the new one: a stateful resource that changed
/// address without a <c>moved</c> block fails here, even when snapshots are being accepted.
/// </summary>
public sealed class EnvironmentStackSnapshotTests
{
    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Stack_matches_its_snapshot(string environment)
    {
        var json = WumboStacks.StackJson(environment);
        var committed = Path.Combine(SourceDirectory(), $"{nameof(EnvironmentStackSnapshotTests)}.{nameof(Stack_matches_its_snapshot)}_environment={environment}.verified.json");
        if (File.Exists(committed))
        {
            var moves = RefactorGuard.Check(File.ReadAllText(committed), json, StatefulResources.Types);
            Assert.True(moves.IsEmpty, string.Join("\n", moves.Select(d => d.ToString())));
        }

        Snapshot.Verify(json, "json");
    }

    [Fact]
    public void Manifest_matches_its_snapshot() => Snapshot.Verify(WumboStacks.Synthesized.Find("manifest.json")!, "json");

    [Fact]
    public void Synthesis_is_byte_identical_across_runs_and_cultures()
    {
        var first = WumboStacks.Synthesize();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var turkish = WumboStacks.Synthesize();

            Assert.Equal(first.Artifacts, turkish.Artifacts);
            Assert.Equal(first.Artifacts, WumboStacks.Synthesized.Artifacts);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
