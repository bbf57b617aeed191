namespace Wumbo.Cdktf.Hosting;

/// <summary>
/// Replaces the output directory as a whole: the new tree is written into a fresh sibling directory, then
/// swapped in by two renames, so readers see either the old complete output or the new one, never a mix.
/// Terraform's own working files inside <c>stacks/&lt;name&gt;/</c> (<c>.terraform/</c>, the lock file, plans,
/// state) are carried over to the new tree: <c>cdktf deploy</c> must not re-initialise after every synth,
/// and state must never be lost. A stack folder that is no longer synthesized disappears, as with the
/// cdktf CLI, unless it still holds Terraform state: that is refused.
/// </summary>
internal static class OutputDirectory
{
    private const string StacksFolder = "stacks";

    /// <summary>Writes <paramref name="files"/> (relative paths with '/', UTF-8 text) as the whole content of <paramref name="directory"/>.</summary>
    public static void Replace(string directory, IReadOnlyList<(string RelativePath, string Content)> files)
    {
        var target = Path.GetFullPath(directory);
        var suffix = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var staging = target + ".new-" + suffix;
        var retired = target + ".old-" + suffix;
        DeleteIfExists(staging);
        try
        {
            foreach (var (relativePath, content) in files)
            {
                var path = Path.Combine(staging, relativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(content));
            }
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(retired, target);
            DeleteIfExists(staging);
            throw;
        }

        // Only now, with the new tree in place, are Terraform's files moved across: a crash before this
        // line leaves them in the retired tree on disk, never deleted.
        CarryOverTerraformFiles(retired, target);
        DeleteIfExists(retired);
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

    private static bool HoldsState(string directory) =>
        Directory.EnumerateFiles(directory, "*.tfstate*", SearchOption.AllDirectories).Any();

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
