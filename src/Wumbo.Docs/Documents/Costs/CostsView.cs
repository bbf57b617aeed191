using System.Collections.Immutable;
using Wumbo.Docs.Costs;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.Costs;

/// <summary>COSTS.md: one priced table per environment (in the order given: tier order), every figure already formatted.</summary>
public sealed record CostsView(ImmutableArray<CostTable> Environments)
{
    public static CostsView From(IEnumerable<EnvironmentCost> costs) => new([.. costs.Select(CostTable.From)]);
}

/// <summary>One environment's lines, sorted by Terraform address then item, its total and how many lines have no price.</summary>
public sealed record CostTable(string Environment, ImmutableArray<CostRow> Rows, string Total, int LinesWithoutPrice)
{
    public static CostTable From(EnvironmentCost cost) =>
        new(
            cost.Environment,
            [.. cost.Lines
                .OrderBy(l => l.Address, StringComparer.Ordinal)
                .ThenBy(l => l.Item, StringComparer.Ordinal)
                .Select(CostRow.From)],
            Figures.MoneyRange(cost.MonthlyMin, cost.MonthlyMax),
            cost.LinesWithoutPrice);
}

/// <summary>One line as printed: a range where min and max differ, and "price not found" where the catalog has no price (never $0).</summary>
public sealed record CostRow(string Address, string Item, string Quantity, string Unit, string UnitPrice, string Monthly)
{
    public const string PriceNotFound = "price not found";

    public static CostRow From(CostLine line) =>
        new(
            line.Address,
            line.Item,
            Figures.Quantity(line.QuantityMin, line.QuantityMax),
            line.Unit,
            line.UnitPrice is { } price ? Figures.UnitPrice(price) : PriceNotFound,
            line is { MonthlyMin: { } min, MonthlyMax: { } max } ? Figures.MoneyRange(min, max) : PriceNotFound);
}
