using System.Diagnostics;
using System.Text;
using Wumbo.Docs.Tests.Support;
using Wumbo.Testing;
using Wumbo.Testing.Hosting;

namespace Wumbo.Docs.Tests.Hosting;

/// <summary>
/// The docs command as real processes: killed at random moments, or run four at once on one <c>docs/</c>, it
/// leaves the old documents or the new ones, never a mix or a half-written file.
/// </summary>
public sealed class InterruptedDocsRunsTests
{
    [Fact]
    public async Task A_run_killed_at_any_moment_leaves_the_old_or_the_new_docs_and_the_next_run_finishes_its_work()
    {
        using var project = new ScratchProject("wumbo-docs-interrupted-");
        var output = Path.Combine(project.Root, "docs");
        var stale = WriteStaleDocs(output);

        await InterruptedRuns.KillAtRandomMomentsAsync(() => Start(project, output), output, () => AssertOldOrNew(output, stale), 20, TestContext.Current.CancellationToken);

        using (var last = Start(project, output))
        {
            await last.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, last.ExitCode);
        }

        Assert.Equal(Rendered(), ScratchProject.Files(output));
        Assert.Empty(InterruptedRuns.Leftovers(output));
    }

    [Fact]
    public async Task Four_runs_at_once_on_one_docs_folder_all_succeed_one_after_the_other()
    {
        using var project = new ScratchProject("wumbo-docs-concurrent-");
        var output = Path.Combine(project.Root, "docs");
        WriteStaleDocs(output);

        await InterruptedRuns.RunAtOnceAsync(() => Start(project, output), 4, TestContext.Current.CancellationToken);

        Assert.Equal(Rendered(), ScratchProject.Files(output));
        Assert.Empty(InterruptedRuns.Leftovers(output));
    }

    // Documents of an older revision, every byte different from what the command renders.
    private static SortedDictionary<string, byte[]> WriteStaleDocs(string output)
    {
        Directory.CreateDirectory(output);
        foreach (var (path, _) in CheckedIn.Documents)
        {
            File.WriteAllText(Path.Combine(output, path), "older revision\n");
        }

        return ScratchProject.Files(output);
    }

    private static void AssertOldOrNew(string output, SortedDictionary<string, byte[]> stale)
    {
        var files = ScratchProject.Files(output);
        Assert.True(Same(files, stale) || Same(files, Rendered()), "docs/ holds neither the old documents nor the new ones");
    }

    private static bool Same(SortedDictionary<string, byte[]> left, SortedDictionary<string, byte[]> right) =>
        left.Keys.SequenceEqual(right.Keys) && left.All(pair => pair.Value.AsSpan().SequenceEqual(right[pair.Key]));

    private static SortedDictionary<string, byte[]> Rendered() =>
        new(CheckedIn.Documents.ToDictionary(d => d.RelativePath, d => Encoding.UTF8.GetBytes(d.Content)), StringComparer.Ordinal);

    private static Process Start(ScratchProject project, string output) =>
        InterruptedRuns.StartDotnet(Path.Combine(AppContext.BaseDirectory, "Wumbo.Docs.dll"), ["--environments", project.EnvironmentsDirectory, "--out", output]);
}
