using Wumbo.Hosting;

namespace Wumbo.Model.Tests.Testing;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Distant_changes_get_separate_hunks()
    {
        var lines = Enumerable.Range(1, 20).Select(i => i + "\n").ToArray();
        var old = string.Concat(lines);
        lines[1] = "two\n";
        lines[18] = "nineteen\n";
        var changed = string.Concat(lines);

        var diff = UnifiedDiff.Render(old, changed, "verified", "received", contextLines: 1);

        Assert.Equal(
            "--- verified\n+++ received\n@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n@@ -18,3 +18,3 @@\n 18\n-19\n+nineteen\n 20",
            diff);
    }

    [Fact]
    public void Line_endings_and_a_missing_final_newline_are_visible()
    {
        var diff = UnifiedDiff.Render("a\nb\n", "a\r\nb", "verified", "received");

        Assert.Equal(
            "--- verified\n+++ received\n@@ -1,2 +1,2 @@\n-a\n-b\n+a␍\n+b\n\\ No newline at end of file",
            diff);
    }

    [Fact]
    public void An_empty_side_starts_at_line_zero_as_git_writes_it()
    {
        Assert.Equal("--- old\n+++ new\n@@ -0,0 +1,1 @@\n+a", UnifiedDiff.Render(string.Empty, "a\n", "old", "new"));
        Assert.Equal("--- old\n+++ new\n@@ -1,1 +0,0 @@\n-a", UnifiedDiff.Render("a\n", string.Empty, "old", "new"));
    }

    [Fact]
    public void Long_diffs_are_cut_and_say_how_much_is_left()
    {
        var diff = UnifiedDiff.Render(string.Empty, string.Concat(Enumerable.Repeat("x\n", 100)), "verified", "received", maxLines: 10);

        var lines = diff.Split('\n');
        Assert.Equal(11, lines.Length);
        Assert.Equal("... (93 more diff lines not shown)", lines[^1]);
    }
}
