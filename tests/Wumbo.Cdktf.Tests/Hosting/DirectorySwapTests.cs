using Wumbo.Hosting;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>What a run killed mid-swap leaves beside the output, and how the next run finishes or undoes it.</summary>
public sealed class DirectorySwapTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("wumbo-swap-");

    private string Output => Path.Combine(_root.FullName, "out");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void An_unfinished_new_tree_of_a_killed_run_is_dropped()
    {
        Write(Output + ".new-4242/half-written.json", "{");

        DirectorySwap.Replace(Output, [("a.json", "{}")]);

        Assert.Equal(["a.json"], Files(Output));
        Assert.False(Directory.Exists(Output + ".new-4242"));
    }

    [Fact]
    public void An_old_tree_whose_replacement_never_arrived_is_put_back_before_the_new_one_replaces_it()
    {
        Write(Output + ".old-4242/stacks/dev/.terraform/plugins", "kept");
        var kept = new List<string>();

        DirectorySwap.Replace(Output, [("stacks/dev/cdk.tf.json", "{}")], (retired, target) => kept.Add(Path.GetFileName(retired)));

        Assert.Equal(["stacks/dev/cdk.tf.json"], Files(Output));
        Assert.Single(kept);
        Assert.False(Directory.Exists(Output + ".old-4242"));
    }

    [Fact]
    public void An_old_tree_left_after_the_swap_is_handed_over_then_removed()
    {
        Write(Output + "/stacks/dev/cdk.tf.json", "{}");
        Write(Output + ".old-4242/stacks/dev/terraform.tfstate", "state");
        var handedOver = new List<string>();

        DirectorySwap.Replace(Output, [("stacks/dev/cdk.tf.json", "{}")], (retired, target) => handedOver.Add(Path.GetFileName(retired)));

        Assert.Equal(["out.old-4242", "out.old-" + Environment.ProcessId], handedOver);
        Assert.False(Directory.Exists(Output + ".old-4242"));
    }

    [Fact]
    public void A_second_writer_waits_for_the_first()
    {
        using var first = OutputLock.Acquire(Output, TimeSpan.Zero);

        var second = Assert.Throws<IOException>(() => OutputLock.Acquire(Output, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("another run has been writing", second.Message, StringComparison.Ordinal);
    }

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
}
