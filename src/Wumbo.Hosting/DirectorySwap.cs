namespace Wumbo.Hosting;

/// <summary>
/// Replaces a directory as a whole: the new tree is written into a fresh sibling directory, then swapped in by
/// two renames, so readers see either the old complete output or the new one, never a mix; on any failure the
/// old tree stays. A host may carry files over from the retired tree once the new one is in place.
/// </summary>
public static class DirectorySwap
{
    /// <summary>
    /// Writes <paramref name="files"/> (relative paths with '/', UTF-8 text) as the whole content of
    /// <paramref name="directory"/>; <paramref name="carryOver"/>, when given, is called with the retired and the
    /// new directory after the swap, before the retired one is deleted.
    /// </summary>
    public static void Replace(string directory, IReadOnlyList<(string RelativePath, string Content)> files, Action<string, string>? carryOver = null)
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

        // Only now, with the new tree in place, may files move across: a crash before this line leaves them
        // in the retired tree on disk, never deleted.
        carryOver?.Invoke(retired, target);
        DeleteIfExists(retired);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
