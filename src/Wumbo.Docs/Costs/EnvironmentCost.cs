using System.Collections.Immutable;

namespace Wumbo.Docs.Costs;

/// <summary>
/// The monthly cost of one environment: one line per billable resource or usage, ordered by Terraform address
/// (ordinal; a resource's lines keep the order its charges are listed in), and the total of the priced lines as a range.
/// </summary>
public sealed record EnvironmentCost(string Environment, ImmutableArray<CostLine> Lines, decimal MonthlyMin, decimal MonthlyMax)
{
    /// <summary>Lines whose price the catalog does not have: shown as "price not found", never counted as $0.</summary>
    public int LinesWithoutPrice => Lines.Count(l => l.UnitPrice is null);
}

/// <summary>
/// One billable resource or usage: the Terraform address it prices, what is billed, the monthly quantity (a range where
/// autoscaling allows one), the unit price from the catalog (null when the catalog has none) and the monthly cost.
/// </summary>
public sealed record CostLine(
    string Address,
    string Item,
    decimal QuantityMin,
    decimal QuantityMax,
    string Unit,
    decimal? UnitPrice,
    decimal? MonthlyMin,
    decimal? MonthlyMax)
{
    /// <summary>The catalog entry the unit price comes from (its source and date); null when the price was not found.</summary>
    public CatalogPrice? Price { get; init; }

    /// <summary>Whether the quantity is one of the environment's usage assumptions rather than read from the stack.</summary>
    public bool FromUsageAssumption { get; init; }
}
