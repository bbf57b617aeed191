using System.Globalization;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// Numbers as the documents print them, invariantly and in C# (never in a template): dollars as <c>$1,234.56</c>,
/// ranges as <c>$90.00–$100.00</c> where min and max differ.
/// </summary>
public static class Figures
{
    public static string Money(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string MoneyRange(decimal min, decimal max) => min == max ? Money(min) : Money(min) + "–" + Money(max);

    /// <summary>A unit price keeps its fractions of a cent ($0.0045 per GB, $0.000001 per call), so none prints as $0.00.</summary>
    public static string UnitPrice(decimal price) => "$" + price.ToString("#,##0.00##########", CultureInfo.InvariantCulture);

    /// <summary>A quantity as a plain number (<c>730</c>, <c>1.5</c>), or a range where min and max differ.</summary>
    public static string Quantity(decimal min, decimal max) => min == max ? Number(min) : Number(min) + "–" + Number(max);

    private static string Number(decimal value) => value.ToString("#,##0.######", CultureInfo.InvariantCulture);
}
