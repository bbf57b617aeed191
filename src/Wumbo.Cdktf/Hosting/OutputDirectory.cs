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

    /// <summary>Writes <paramref name="files"/> (relative paths with '/', UTF-8 text) as the whole content of <paramref name="directory"/>.</summary>
    public static void Replace(string directory, IReadOnlyList<(string RelativePath, string Content)> files) =>
        DirectorySwap.Replace(directory, files, CarryOverTerraformFiles);

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

    private static bool HoldsState(string directory) =>
        Directory.EnumerateFiles(directory, "*.tfstate*", SearchOption.AllDirectories).Any();
}
