using System.Diagnostics;
using Wumbo.Cdktf.Hosting;
using Wumbo.Testing.Hosting;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>
/// The app as real processes: killed at random moments, or run four at once on one output directory, it never
/// leaves a half-written <c>cdktf.out</c> and never loses Terraform's working files in the stack folders.
/// </summary>
public sealed class InterruptedRunsTests
{
    private const string TerraformFile = "stacks/development/.terraform/terraform.tfstate";

    [Fact]
    public async Task A_run_killed_at_any_moment_leaves_the_old_or_the_new_output_and_the_next_run_finishes_its_work()
    {
        using var project = new SynthRun();
        var expected = Prepare(project);

        await InterruptedRuns.KillAtRandomMomentsAsync(() => Start(project), project.OutputDirectory, () => AssertWhole(project, expected), 25, TestContext.Current.CancellationToken);

        Assert.Equal(0, project.Run());
        AssertWhole(project, expected);
        Assert.Empty(InterruptedRuns.Leftovers(project.OutputDirectory));
    }

    [Fact]
    public async Task Four_runs_at_once_on_one_output_all_succeed_one_after_the_other()
    {
        using var project = new SynthRun();
        var expected = Prepare(project);

        await InterruptedRuns.RunAtOnceAsync(() => Start(project), 4, TestContext.Current.CancellationToken);

        AssertWhole(project, expected);
        Assert.Empty(InterruptedRuns.Leftovers(project.OutputDirectory));
    }

    // One complete output to start from, with a Terraform working file that every run must keep.
    private static SortedDictionary<string, byte[]> Prepare(SynthRun project)
    {
        Assert.Equal(0, project.Run());
        var expected = project.OutputFiles();
        var terraformFile = Path.Combine(project.OutputDirectory, TerraformFile);
        Directory.CreateDirectory(Path.GetDirectoryName(terraformFile)!);
        File.WriteAllText(terraformFile, "{}");
        return expected;
    }

    private static Process Start(SynthRun project) =>
        InterruptedRuns.StartDotnet(typeof(SynthCommand).Assembly.Location, ["--environments", project.EnvironmentsDirectory, "--out", project.OutputDirectory]);

    private static void AssertWhole(SynthRun project, SortedDictionary<string, byte[]> expected)
    {
        var files = project.OutputFiles();
        Assert.True(files.Remove(TerraformFile), "Terraform's working file was lost");
        Assert.Equal(expected.Keys, files.Keys);
        Assert.All(expected, pair => Assert.Equal(pair.Value, files[pair.Key]));
    }
}
