using System.Globalization;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Tests.Rendering;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("1234.56", "$1,234.56")]
    [InlineData("0", "$0.00")]
    [InlineData("0.005", "$0.01")]
    [InlineData("1234567.891", "$1,234,567.89")]
    [InlineData("-3.5", "-$3.50")]
    public void Money_is_dollars_and_cents_with_thousands_separators(string amount, string expected) =>
        Assert.Equal(expected, Figures.Money(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_range_shows_both_ends_only_where_they_differ()
    {
        Assert.Equal("$90.00–$100.00", Figures.MoneyRange(90m, 100m));
        Assert.Equal("$32.85", Figures.MoneyRange(32.85m, 32.85m));
        Assert.Equal("2–4", Figures.Quantity(2m, 4m));
        Assert.Equal("1,460", Figures.Quantity(1460m, 1460m));
        Assert.Equal("0.5", Figures.Quantity(0.5m, 0.5m));
    }

    [Theory]
    [InlineData("0.045", "$0.045")]
    [InlineData("0.004445", "$0.004445")]
    [InlineData("5", "$5.00")]
    [InlineData("0.0000001", "$0.0000001")]
    public void A_unit_price_keeps_fractions_of_a_cent(string price, string expected) =>
        Assert.Equal(expected, Figures.UnitPrice(decimal.Parse(price, CultureInfo.InvariantCulture)));

    [Fact]
    public void Figures_do_not_follow_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("$1,234.56–$2,000.00", Figures.MoneyRange(1234.56m, 2000m));
            Assert.Equal("1.5", Figures.Quantity(1.5m, 1.5m));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
