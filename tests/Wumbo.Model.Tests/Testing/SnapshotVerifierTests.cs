using System.Text;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Testing;

public sealed class SnapshotVerifierTests : IDisposable
{
    private static readonly SnapshotMode Local = new(UpdateRequested: false, IsCi: false);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("wumbo-snapshot-tests-");

    private SnapshotFile Target => SnapshotFile.For(_directory.FullName, "Sample.Test", "txt");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Matching_content_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Target.VerifiedPath, "same\n");
        File.WriteAllText(Target.ReceivedPath, "old attempt\n");

        var outcome = SnapshotVerifier.Check("same\n", Target, Local);

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
        Assert.False(File.Exists(Target.ReceivedPath));
    }

    [Fact]
    public void A_missing_snapshot_writes_the_received_file_and_explains_how_to_accept_it()
    {
        var outcome = SnapshotVerifier.Check("new\n", Target, Local);

        Assert.Equal(SnapshotStatus.Failed, outcome.Status);
        Assert.Equal("new\n", File.ReadAllText(Target.ReceivedPath));
        Assert.False(File.Exists(Target.VerifiedPath));
        Assert.StartsWith("Snapshot missing: " + Target.VerifiedPath, outcome.Message, StringComparison.Ordinal);
        Assert.Contains("git diff --no-index " + Target.VerifiedPath + " " + Target.ReceivedPath, outcome.Message, StringComparison.Ordinal);
        Assert.Contains("WUMBO_UPDATE_SNAPSHOTS=1", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mismatch_fails_with_a_focused_diff()
    {
        File.WriteAllText(Target.VerifiedPath, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n");

        var outcome = SnapshotVerifier.Check("a\nb\nc\nd\ne\nF\ng\nh\ni\nj\n", Target, Local);

        Assert.Equal(SnapshotStatus.Failed, outcome.Status);
        Assert.Contains("--- verified\n+++ received\n@@ -3,7 +3,7 @@\n c\n d\n e\n-f\n+F\n g\n h\n i\n", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n a\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_mode_overwrites_the_verified_file_and_passes()
    {
        File.WriteAllText(Target.VerifiedPath, "old\n");
        File.WriteAllText(Target.ReceivedPath, "old attempt\n");

        var outcome = SnapshotVerifier.Check("new\n", Target, new SnapshotMode(UpdateRequested: true, IsCi: false));

        Assert.Equal(SnapshotStatus.Updated, outcome.Status);
        Assert.Equal("new\n", File.ReadAllText(Target.VerifiedPath));
        Assert.False(File.Exists(Target.ReceivedPath));
    }

    [Fact]
    public void Update_mode_is_refused_on_CI_and_says_so()
    {
        File.WriteAllText(Target.VerifiedPath, "old\n");

        var outcome = SnapshotVerifier.Check("new\n", Target, new SnapshotMode(UpdateRequested: true, IsCi: true));

        Assert.Equal(SnapshotStatus.Failed, outcome.Status);
        Assert.Equal("old\n", File.ReadAllText(Target.VerifiedPath));
        Assert.Contains("ignored because CI=true", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line\n", "line")]
    [InlineData("line\n", "line\n\n")]
    [InlineData("a\nb\n", "a\r\nb\r\n")]
    public void Content_is_compared_byte_for_byte_without_newline_normalisation(string verified, string received)
    {
        File.WriteAllText(Target.VerifiedPath, verified);

        var outcome = SnapshotVerifier.Check(received, Target, Local);

        Assert.Equal(SnapshotStatus.Failed, outcome.Status);
        Assert.Contains("\n-", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("\n+", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_are_written_as_UTF8_without_BOM_and_without_an_added_newline()
    {
        var outcome = SnapshotVerifier.Check("café ✓", Target, new SnapshotMode(UpdateRequested: true, IsCi: false));

        Assert.Equal(SnapshotStatus.Updated, outcome.Status);
        Assert.Equal(Encoding.UTF8.GetBytes("café ✓"), File.ReadAllBytes(Target.VerifiedPath));
    }

    [Fact]
    public void A_verified_file_with_a_BOM_does_not_match()
    {
        File.WriteAllBytes(Target.VerifiedPath, [0xEF, 0xBB, 0xBF, (byte)'x']);

        Assert.Equal(SnapshotStatus.Failed, SnapshotVerifier.Check("x", Target, Local).Status);
    }
}
