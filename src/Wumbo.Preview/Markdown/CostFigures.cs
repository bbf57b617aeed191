using Wumbo.Docs.Costs;
using Wumbo.Docs.Rendering;
using Wumbo.Preview.Costs;

namespace Wumbo.Preview.Markdown;

/// <summary>Monthly costs as the preview prints them, with the docs' money format: totals, line amounts and signed differences.</summary>
internal static class CostFigures
{
    public const string Absent = "—";
    public const string NotAvailable = "not available";
    public const string PriceNotFound = "price not found";

    /// <summary>A checkout's total: "—" where the environment is not in it, "not available" where it could not be priced.</summary>
    public static string Total(RevisionCost? cost) => cost switch
    {
        null => Absent,
        { Estimate: { } estimate } => Figures.MoneyRange(estimate.MonthlyMin, estimate.MonthlyMax),
        _ => NotAvailable,
    };

    /// <summary>
    /// After minus before; a new environment counts as $0 before. A removed one saves nothing yet: its resources stay,
    /// and are billed, until its workspace is destroyed.
    /// </summary>
    public static string Difference(RevisionCost? before, RevisionCost? after)
    {
        if (after is null)
        {
            return Absent;
        }

        if (before is { Estimate: null } || after.Estimate is null)
        {
            return NotAvailable;
        }

        return Signed(
            after.Estimate.MonthlyMin - (before?.Estimate?.MonthlyMin ?? 0m),
            after.Estimate.MonthlyMax - (before?.Estimate?.MonthlyMax ?? 0m));
    }

    public static string Line(CostLine? line) => line switch
    {
        null => Absent,
        { MonthlyMin: { } min, MonthlyMax: { } max } => Figures.MoneyRange(min, max),
        _ => PriceNotFound,
    };

    /// <summary>The difference of two lines; "—" unless both have a price (an unpriced line is never $0).</summary>
    public static string LineDifference(CostLine? before, CostLine? after) =>
        (before, after) switch
        {
            ({ MonthlyMin: null }, _) or (_, { MonthlyMin: null }) => Absent,
            _ => Signed(
                (after?.MonthlyMin ?? 0m) - (before?.MonthlyMin ?? 0m),
                (after?.MonthlyMax ?? 0m) - (before?.MonthlyMax ?? 0m)),
        };

    private static string Signed(decimal min, decimal max) =>
        min == max ? Sign(min) : Sign(min) + " to " + Sign(max);

    private static string Sign(decimal amount) => (amount > 0 ? "+" : string.Empty) + Figures.Money(amount);
}
