namespace Wumbo.Docs.Costs;

/// <summary>
/// One unit price of the catalog (<c>prices-us-east-1.json</c>), as <c>reference/PRICING.md</c> §1 gives it: what it
/// prices, per which unit, in USD, where it comes from (the PRICING.md source key, with the SKU and usagetype where
/// given) and as of when. <see cref="FreeQuantity"/> is the monthly amount AWS does not bill (0 when none).
/// </summary>
public sealed record CatalogPrice(
    string Id,
    string Item,
    string Unit,
    decimal Usd,
    decimal FreeQuantity,
    string Source,
    string? Sku,
    string? UsageType,
    DateOnly AsOf,
    string? Note);
