using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Wumbo.Docs.Costs;

/// <summary>
/// The unit prices the estimate uses, for one region, read once from the embedded <c>prices-us-east-1.json</c>.
/// Money is parsed from strings into <see cref="decimal"/>, so no price ever passes through a binary float.
/// </summary>
public sealed class PriceCatalog
{
    private const string EmbeddedName = "Costs/prices-us-east-1.json";

    private static readonly Lazy<PriceCatalog> Embedded = new(LoadEmbedded);

    private readonly ImmutableSortedDictionary<string, CatalogPrice> _prices;

    private PriceCatalog(string region, ImmutableSortedDictionary<string, CatalogPrice> prices)
    {
        Region = region;
        _prices = prices;
    }

    /// <summary>The checked-in catalog (us-east-1).</summary>
    public static PriceCatalog UsEast1 => Embedded.Value;

    public string Region { get; }

    /// <summary>Every price, by id (ordinal).</summary>
    public IEnumerable<CatalogPrice> Prices => _prices.Values;

    /// <summary>The price with this id in this region; null when the catalog has none (it holds one region only).</summary>
    public CatalogPrice? Find(string region, string id) =>
        region == Region && _prices.TryGetValue(id, out var price) ? price : null;

    /// <summary>Reads a catalog; throws <see cref="FormatException"/> naming the entry when one is incomplete or malformed.</summary>
    public static PriceCatalog Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var prices = ImmutableSortedDictionary.CreateBuilder<string, CatalogPrice>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("prices").EnumerateArray())
        {
            var price = ParseEntry(entry);
            if (!prices.TryAdd(price.Id, price))
            {
                throw new FormatException($"price '{price.Id}' is listed twice");
            }
        }

        return new PriceCatalog(Required(root, "region", "the catalog"), prices.ToImmutable());
    }

    private static CatalogPrice ParseEntry(JsonElement entry)
    {
        var id = Required(entry, "id", "a price");
        return new CatalogPrice(
            id,
            Required(entry, "item", id),
            Required(entry, "unit", id),
            Money(Required(entry, "usd", id), id),
            Optional(entry, "freeQuantity") is { } free ? Money(free, id) : 0m,
            Required(entry, "source", id),
            Optional(entry, "sku"),
            Optional(entry, "usageType"),
            DateOnly.TryParseExact(Required(entry, "asOf", id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf)
                ? asOf
                : throw new FormatException($"price '{id}': asOf is not a yyyy-MM-dd date"),
            Optional(entry, "note"));
    }

    private static decimal Money(string text, string id) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"price '{id}': '{text}' is not a non-negative decimal");

    private static string Required(JsonElement element, string name, string owner) =>
        Optional(element, name) is { Length: > 0 } text ? text : throw new FormatException($"{owner}: '{name}' is missing or empty");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static PriceCatalog LoadEmbedded()
    {
        using var stream = typeof(PriceCatalog).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"the embedded resource '{EmbeddedName}' is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
