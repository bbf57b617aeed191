using System.Globalization;
using Wumbo.Docs.Costs;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests.Costs;

public sealed class PriceCatalogTests
{
    private static readonly string[] SourceKeys = ["PL", "IC", "HF", "EC", "RG", "W"];

    private static readonly string Pricing = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "reference", "PRICING.md"));

    [Fact]
    public void The_embedded_catalog_is_us_east_1_and_every_entry_has_a_source_a_date_and_a_price()
    {
        var catalog = PriceCatalog.UsEast1;

        Assert.Equal("us-east-1", catalog.Region);
        Assert.NotEmpty(catalog.Prices);
        Assert.All(catalog.Prices, price =>
        {
            Assert.Contains(price.Source.Split([' ', ';', ','])[0], SourceKeys);
            Assert.InRange(price.AsOf, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));
            Assert.True(price.Usd >= 0m);
            Assert.False(string.IsNullOrWhiteSpace(price.Item));
            Assert.False(string.IsNullOrWhiteSpace(price.Unit));
        });
    }

    [Fact]
    public void Every_price_sku_and_usagetype_is_copied_from_pricing_md()
    {
        Assert.All(PriceCatalog.UsEast1.Prices, price =>
        {
            // PRICING.md writes prices as 0.045 or 0.10 and the free gateway endpoint as "free".
            Assert.True(
                price.Usd == 0m ? Pricing.Contains("| free |", StringComparison.Ordinal) : Pricing.Contains(price.Usd.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                $"{price.Id}: {price.Usd} is not in PRICING.md");
            Assert.True(price.Sku is null || Pricing.Contains(price.Sku, StringComparison.Ordinal), $"{price.Id}: SKU {price.Sku} is not in PRICING.md");
            Assert.True(price.UsageType is null || Pricing.Contains(price.UsageType, StringComparison.Ordinal), $"{price.Id}: usagetype {price.UsageType} is not in PRICING.md");
        });
    }

    [Fact]
    public void Prices_whose_source_pricing_md_leaves_undated_say_so()
    {
        Assert.All(
            PriceCatalog.UsEast1.Prices.Where(p => p.AsOf == new DateOnly(2026, 12, 4)),
            price => Assert.StartsWith("Undated in PRICING.md", price.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Money_is_read_from_strings_into_exact_decimals()
    {
        var catalog = PriceCatalog.Parse("""
            { "region": "us-east-1", "prices": [
              { "id": "x", "item": "X", "unit": "GB", "usd": "0.004445", "freeQuantity": "100", "source": "PL", "asOf": "2026-09-11" } ] }
            """);

        var price = catalog.Find("us-east-1", "x");
        Assert.Equal((0.004445m, 100m, new DateOnly(2026, 9, 11)), (price?.Usd, price?.FreeQuantity, price?.AsOf));
        Assert.Null(catalog.Find("eu-west-1", "x"));
        Assert.Null(catalog.Find("us-east-1", "y"));
    }

    [Theory]
    [InlineData("""{ "id": "x", "item": "X", "unit": "GB", "usd": "0.01", "asOf": "2026-09-11" }""", "'source'")]
    [InlineData("""{ "id": "x", "item": "X", "unit": "GB", "usd": "0.01", "source": "PL" }""", "'asOf'")]
    [InlineData("""{ "id": "x", "item": "X", "unit": "GB", "usd": "0.01", "source": "PL", "asOf": "11/09/2026" }""", "yyyy-MM-dd")]
    [InlineData("""{ "id": "x", "item": "X", "unit": "GB", "usd": "1e-2", "source": "PL", "asOf": "2026-09-11" }""", "not a non-negative decimal")]
    public void An_entry_without_source_or_date_or_with_a_malformed_price_is_refused_by_name(string entry, string problem)
    {
        var error = Assert.Throws<FormatException>(() => PriceCatalog.Parse($$"""{ "region": "us-east-1", "prices": [ {{entry}} ] }"""));

        Assert.Contains("x", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_listed_twice_is_refused()
    {
        const string Entry = """{ "id": "x", "item": "X", "unit": "GB", "usd": "0.01", "source": "PL", "asOf": "2026-09-11" }""";

        var error = Assert.Throws<FormatException>(() => PriceCatalog.Parse($$"""{ "region": "us-east-1", "prices": [ {{Entry}}, {{Entry}} ] }"""));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }
}
