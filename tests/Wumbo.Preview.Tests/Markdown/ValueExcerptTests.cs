using Wumbo.Preview.Markdown;

namespace Wumbo.Preview.Tests.Markdown;

public sealed class ValueExcerptTests
{
    [Fact]
    public void Short_values_are_shown_whole()
    {
        Assert.Equal(("\"db.t4g.small\"", "\"db.t4g.medium\""), ValueExcerpt.Of("\"db.t4g.small\"", "\"db.t4g.medium\""));
    }

    [Fact]
    public void Long_values_are_cut_to_the_difference_with_context()
    {
        var before = new string('a', 100) + "cpu = 256" + new string('z', 100);
        var after = new string('a', 100) + "cpu = 512" + new string('z', 100);

        var (shownBefore, shownAfter) = ValueExcerpt.Of(before, after);

        // 20 characters either side of the part that differs ("256" / "512").
        Assert.Equal("…" + new string('a', 14) + "cpu = 256" + new string('z', 20) + "…", shownBefore);
        Assert.Equal("…" + new string('a', 14) + "cpu = 512" + new string('z', 20) + "…", shownAfter);
    }

    [Fact]
    public void A_long_value_on_one_side_only_shows_its_start()
    {
        var (before, after) = ValueExcerpt.Of(null, new string('x', 100));

        Assert.Null(before);
        Assert.Equal(new string('x', ValueExcerpt.MaxWhole) + "…", after);
    }

    [Fact]
    public void A_long_difference_is_cut_too()
    {
        var (before, _) = ValueExcerpt.Of(new string('a', 300), new string('b', 300));

        Assert.Equal(new string('a', 100) + "…", before);
    }
}
