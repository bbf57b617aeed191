using System.Diagnostics;
using Wumbo.Cdktf.Hosting;

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
        var random = new Random(20261204);

        for (var attempt = 0; attempt < 25; attempt++)
        {
            using var process = Start(project);
            await Task.Delay(random.Next(0, 900), TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            AssertWholeOrRecoverable(project, expected, attempt);
        }

        Assert.Equal(0, project.Run());
        AssertWhole(project, expected);
        Assert.Empty(Leftovers(project));
    }

    [Fact]
    public async Task Four_runs_at_once_on_one_output_all_succeed_one_after_the_other()
    {
        using var project = new SynthRun();
        var expected = Prepare(project);

        var processes = Enumerable.Range(0, 4).Select(_ => Start(project)).ToList();
        foreach (var process in processes)
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            process.Dispose();
        }

        AssertWhole(project, expected);
        Assert.Empty(Leftovers(project));
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

    private static Process Start(SynthRun project)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(SynthCommand).Assembly.Location, "--environments", project.EnvironmentsDirectory, "--out", project.OutputDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    // Killed between its two renames, a run leaves no output but its old tree beside it, which the next run puts back.
    private static void AssertWholeOrRecoverable(SynthRun project, SortedDictionary<string, byte[]> expected, int attempt)
    {
        if (Directory.Exists(project.OutputDirectory))
        {
            AssertWhole(project, expected);
        }
        else
        {
            Assert.True(Leftovers(project).Any(l => l.Contains(".old-", StringComparison.Ordinal)), $"attempt {attempt}: no output and no old tree to restore");
        }
    }

    private static void AssertWhole(SynthRun project, SortedDictionary<string, byte[]> expected)
    {
        var files = project.OutputFiles();
        Assert.True(files.Remove(TerraformFile), "Terraform's working file was lost");
        Assert.Equal(expected.Keys, files.Keys);
        Assert.All(expected, pair => Assert.Equal(pair.Value, files[pair.Key]));
    }

    private static List<string> Leftovers(SynthRun project) =>
        [.. new[] { ".new-*", ".old-*" }.SelectMany(marker =>
            Directory.GetDirectories(Path.GetDirectoryName(project.OutputDirectory)!, Path.GetFileName(project.OutputDirectory) + marker))];
}
