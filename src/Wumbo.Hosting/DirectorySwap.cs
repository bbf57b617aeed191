using System.Globalization;

namespace Wumbo.Hosting;

/// <summary>
/// Replaces a directory as a whole: the new tree is written into a fresh sibling directory, then swapped in by
/// two renames, so the directory holds either the old complete tree or the new one, never a mix. One writer
/// at a time (<see cref="OutputLock"/>). A run killed at any point leaves its work beside the directory
/// (<c>.new-</c> and <c>.old-</c> siblings), and the next run finishes or undoes it before it writes: an
/// unfinished new tree is dropped, an old tree whose replacement never arrived is put back, and an old tree
/// whose replacement did arrive is handed to <c>carryOver</c> and then removed.
/// </summary>
public static class DirectorySwap
{
    private const string Staging = ".new-";
    private const string Retired = ".old-";

    /// <summary>How long a run waits for another one writing the same directory.</summary>
    public static TimeSpan LockTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Writes <paramref name="files"/> (relative paths with '/', UTF-8 text) as the whole content of
    /// <paramref name="directory"/>; <paramref name="carryOver"/>, when given, is called with the retired and the
    /// new directory after the swap, before the retired one is deleted (moving files it must keep).
    /// </summary>
    public static void Replace(string directory, IReadOnlyList<(string RelativePath, string Content)> files, Action<string, string>? carryOver = null)
    {
        var target = Path.GetFullPath(directory);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var writer = OutputLock.Acquire(target, LockTimeout);
        Recover(target, carryOver);

        var suffix = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var staging = target + Staging + suffix;
        var retired = target + Retired + suffix;
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

        // Only now, with the new tree in place, may files move across: a run killed before this line leaves
        // them in the retired tree, which the next run hands over.
        carryOver?.Invoke(retired, target);
        DeleteIfExists(retired);
    }

    // What an interrupted run left behind, finished or undone; only the lock holder gets here.
    private static void Recover(string target, Action<string, string>? carryOver)
    {
        foreach (var staging in Siblings(target, Staging))
        {
            DeleteIfExists(staging);
        }

        foreach (var retired in Siblings(target, Retired))
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(retired, target);
                continue;
            }

            carryOver?.Invoke(retired, target);
            DeleteIfExists(retired);
        }
    }

    private static IEnumerable<string> Siblings(string target, string marker) =>
        Directory.GetDirectories(Path.GetDirectoryName(target)!, Path.GetFileName(target) + marker + "*").Order(StringComparer.Ordinal);

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
