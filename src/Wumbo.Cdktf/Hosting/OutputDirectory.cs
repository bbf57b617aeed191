using Wumbo.Hosting;

namespace Wumbo.Cdktf.Hosting;

/// <summary>
/// Replaces the output directory as a whole (<see cref="DirectorySwap"/>): readers see either the old complete
/// output or the new one, never a mix. Terraform's own working files inside <c>stacks/&lt;name&gt;/</c> (<c>.terraform/</c>, the lock file, plans,
/// state) are carried over to the new tree: <c>cdktf deploy</c> must not re-initialise after every synth,
/// and state must never be lost. A stack folder that is no longer synthesized disappears, as with the
/// cdktf CLI, unless it still holds Terraform state: that is refused.
/// </summary>
internal static class OutputDirectory
{
    private const string StacksFolder = "stacks";

    /// <summary>
    /// Writes <paramref name="files"/> (relative paths with '/', UTF-8 text) as the whole content of
    /// <paramref name="directory"/>, and returns the stacks the old output had and the new one has not (ordinal order):
    /// those of environments removed, or left out by <c>--env</c>.
    /// </summary>
    public static IReadOnlyList<string> Replace(string directory, IReadOnlyList<(string RelativePath, string Content)> files)
    {
        // The old stacks are those of the tree the swap retires, read under the output's lock, so a run writing the
        // same output at once cannot skew them; the new output's own are taken out at the end.
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        DirectorySwap.Replace(directory, files, (oldRoot, newRoot) =>
        {
            removed.UnionWith(StackNames(oldRoot));
            CarryOverTerraformFiles(oldRoot, newRoot);
        });
        removed.ExceptWith(files.Select(f => f.RelativePath.Split('/')).Where(path => path.Length > 2 && path[0] == StacksFolder).Select(path => path[1]));
        return [.. removed];
    }

    /// <summary>Stack folders of the old output that hold Terraform state but would not exist in the new one.</summary>
    public static IReadOnlyList<string> OrphanedStateFolders(string directory, IEnumerable<string> newStackNames)
    {
        var stacks = Path.Combine(directory, StacksFolder);
        if (!Directory.Exists(stacks))
        {
            return [];
        }

        var kept = newStackNames.ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetDirectories(stacks)
            .Where(dir => !kept.Contains(Path.GetFileName(dir)) && HoldsState(dir))
            .Select(dir => Path.GetRelativePath(directory, dir).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    private static void CarryOverTerraformFiles(string oldRoot, string newRoot)
    {
        var oldStacks = Path.Combine(oldRoot, StacksFolder);
        if (!Directory.Exists(oldStacks))
        {
            return;
        }

        foreach (var oldStack in Directory.GetDirectories(oldStacks))
        {
            var newStack = Path.Combine(newRoot, StacksFolder, Path.GetFileName(oldStack));
            if (!Directory.Exists(newStack))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(oldStack))
            {
                var destination = Path.Combine(newStack, Path.GetFileName(entry));
                if (File.Exists(destination) || Directory.Exists(destination))
                {
                    continue; // a file we generate: the new one wins
                }

                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, destination);
                }
                else
                {
                    File.Move(entry, destination);
                }
            }
        }
    }

    private static IEnumerable<string> StackNames(string root)
    {
        var stacks = Path.Combine(root, StacksFolder);
        return Directory.Exists(stacks) ? Directory.GetDirectories(stacks).Select(Path.GetFileName).OfType<string>() : [];
    }

    private static bool HoldsState(string directory) =>
        Directory.EnumerateFiles(directory, "*.tfstate*", SearchOption.AllDirectories).Any();
}
