using System.Globalization;
using System.Text.Json.Nodes;
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
        if (Snapshot.ReadVerified("json") is { } committed)
        {
            var moves = RefactorGuard.Check(committed, json, StatefulResources.Types);
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

    [Fact]
    public void A_stateful_resource_that_changes_address_without_a_moved_block_fails_the_guard()
    {
        var current = WumboStacks.Stack("development");
        var committed = current.DeepClone().AsObject();
        var bucket = new JsonObject { ["bucket"] = "development-wumbo-logs" };
        committed["resource"]!.AsObject()["aws_s3_bucket"] = new JsonObject { ["logs_3F1A2B4C"] = bucket };
        current["resource"]!.AsObject()["aws_s3_bucket"] = new JsonObject { ["storage_logs_9D8E7F6A"] = bucket.DeepClone() };

        var moves = RefactorGuard.Check(committed.ToJsonString(), current.ToJsonString(), StatefulResources.Types);

        var diagnostic = Assert.Single(moves);
        Assert.Contains("aws_s3_bucket.logs_3F1A2B4C", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("aws_s3_bucket.storage_logs_9D8E7F6A", diagnostic.Message, StringComparison.Ordinal);
    }
}
