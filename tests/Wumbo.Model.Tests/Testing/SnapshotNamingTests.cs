using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Testing;

public sealed class SnapshotNamingTests
{
    [Fact]
    public void Files_follow_Verify_naming_beside_the_test_source()
    {
        var file = SnapshotFile.For("/repo/tests/X", SnapshotNaming.Stem("FooTests", "Bar", "region=eu-west-1"), "json");

        Assert.Equal("/repo/tests/X/FooTests.Bar_region=eu-west-1.verified.json", file.VerifiedPath);
        Assert.Equal("/repo/tests/X/FooTests.Bar_region=eu-west-1.received.json", file.ReceivedPath);
    }

    [Theory]
    [InlineData("/repo/tests/X/FooTests.cs", "/repo/tests/X")]
    [InlineData("/_/tests/X/FooTests.cs", "/repo/tests/X")]
    public void Snapshots_live_beside_the_test_source_even_with_deterministic_source_paths(string callerPath, string directory)
    {
        Assert.Equal(directory, SnapshotNaming.SourceDirectory(callerPath, "/repo"));
    }

    [Fact]
    public void Baseline_files_keep_their_emitted_name_and_get_a_received_twin()
    {
        var file = SnapshotFile.ForBaseline("/repo/tests/Baselines/basic", "main.tf.json");

        Assert.Equal("/repo/tests/Baselines/basic/main.tf.json", file.VerifiedPath);
        Assert.Equal("/repo/tests/Baselines/basic/main.tf.received.json", file.ReceivedPath);
    }

    [Fact]
    public void Theory_arguments_become_name_value_pairs_safe_for_file_names()
    {
        var parameters = typeof(SnapshotNamingTests).GetMethod(nameof(Sample), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetParameters();

        var text = SnapshotNaming.Parameters(parameters, ["10.0.0.0/16", 1.5, null]);

        Assert.Equal("cidr=10.0.0.0-16_ratio=1.5_name=null", text);
    }

    [Fact]
    public void Generic_test_classes_are_named_without_their_arity()
    {
        Assert.Equal("List", SnapshotNaming.ClassName(typeof(List<int>)));
    }

    private static void Sample(string cidr, double ratio, string? name) => _ = (cidr, ratio, name);
}
