using System.Globalization;

namespace Wumbo.Docs.Costs;

/// <summary>
/// Makes a cost line from a quantity and a catalog price: monthly = quantity × unit price, after the price's free
/// monthly allowance. A price the catalog lacks gives a line without price or cost ("price not found"), never $0.
/// </summary>
internal sealed class LinePricer(PriceCatalog catalog, string region)
{
    public CostLine Line(string address, string item, QuantityRange quantity, string unit, string? priceId, bool fromUsageAssumption)
    {
        var price = priceId is null ? null : catalog.Find(region, priceId);
        if (price is null)
        {
            return new CostLine(address, item, quantity.Min, quantity.Max, unit, null, null, null) { FromUsageAssumption = fromUsageAssumption };
        }

        if (price.Unit != unit)
        {
            throw new InvalidOperationException($"price '{price.Id}' is per {price.Unit}, but the charge on {address} counts {unit}");
        }

        var billed = quantity.Beyond(price.FreeQuantity);
        var billedItem = price.FreeQuantity == 0m
            ? item
            : string.Create(CultureInfo.InvariantCulture, $"{item} (the first {price.FreeQuantity:0.###} {unit} a month are free)");
        return new CostLine(address, billedItem, billed.Min, billed.Max, unit, price.Usd, billed.Min * price.Usd, billed.Max * price.Usd)
        {
            Price = price,
            FromUsageAssumption = fromUsageAssumption,
        };
    }
}
