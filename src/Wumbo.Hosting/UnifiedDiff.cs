using System.Globalization;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Wumbo.Hosting;

/// <summary>
/// A git-style unified diff of two texts. Lines keep their endings while being compared, so a CRLF or a
/// missing final newline shows up as a changed line (CR is drawn as <c>␍</c>, a missing final newline as
/// git's <c>\ No newline at end of file</c>). DiffPlex's own renderer doubles line breaks in this mode. Shared by
/// the snapshot tests and the docs' <c>--check</c>, which both show what changed in a committed file.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>
    /// The diff from <paramref name="oldText"/> to <paramref name="newText"/>, headed <c>--- oldLabel</c> and
    /// <c>+++ newLabel</c> (<c>verified</c>, <c>docs/COSTS.md (committed)</c>), with <paramref name="contextLines"/>
    /// around each change and at most <paramref name="maxLines"/> lines.
    /// </summary>
    public static string Render(string oldText, string newText, string oldLabel, string newLabel, int contextLines = 3, int maxLines = 60)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, false, false, LineEndingsPreservingChunker.Instance);
        var lines = new List<string> { "--- " + oldLabel, "+++ " + newLabel };
        foreach (var hunk in Hunks(diff.DiffBlocks, contextLines))
        {
            AppendHunk(lines, diff, hunk, contextLines);
        }

        if (lines.Count <= maxLines)
        {
            return string.Join('\n', lines);
        }

        var more = string.Create(CultureInfo.InvariantCulture, $"... ({lines.Count - maxLines} more diff lines not shown)");
        return string.Join('\n', lines.Take(maxLines).Append(more));
    }

    private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks, int context)
    {
        var current = new List<DiffBlock>();
        foreach (var block in blocks)
        {
            if (current.Count > 0 && block.DeleteStartA - End(current[^1]) > 2 * context)
            {
                yield return current;
                current = [];
            }

            current.Add(block);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void AppendHunk(List<string> lines, DiffResult diff, List<DiffBlock> hunk, int context)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var startA = Math.Max(0, first.DeleteStartA - context);
        var endA = Math.Min(diff.PiecesOld.Count, End(last) + context);
        var startB = first.InsertStartB - (first.DeleteStartA - startA);
        var endB = last.InsertStartB + last.InsertCountB + (endA - End(last));
        lines.Add($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@");

        var position = startA;
        foreach (var block in hunk)
        {
            AddLines(lines, ' ', diff.PiecesOld, position, block.DeleteStartA);
            AddLines(lines, '-', diff.PiecesOld, block.DeleteStartA, End(block));
            AddLines(lines, '+', diff.PiecesNew, block.InsertStartB, block.InsertStartB + block.InsertCountB);
            position = End(block);
        }

        AddLines(lines, ' ', diff.PiecesOld, position, endA);
    }

    private static void AddLines(List<string> lines, char prefix, IReadOnlyList<string> pieces, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var piece = pieces[i];
            var hasNewline = piece.EndsWith('\n');
            var text = (hasNewline ? piece[..^1] : piece).Replace("\r", "␍", StringComparison.Ordinal);
            lines.Add(prefix + text);
            if (!hasNewline)
            {
                lines.Add("\\ No newline at end of file");
            }
        }
    }

    // As git and patch write it: an empty range starts at the line before it (0 in an empty file).
    private static string Range(int start, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{(count == 0 ? start : start + 1)},{count}");

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;
}
