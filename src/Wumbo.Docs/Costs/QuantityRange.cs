namespace Wumbo.Docs.Costs;

/// <summary>A monthly quantity: a range where autoscaling allows one, else <see cref="Min"/> equals <see cref="Max"/>.</summary>
internal readonly record struct QuantityRange(decimal Min, decimal Max)
{
    /// <summary>A month is 730 hours, as AWS and Infracost count it (PRICING.md).</summary>
    public const decimal HoursPerMonth = 730m;

    public static QuantityRange Exactly(decimal value) => new(value, value);

    /// <summary>The hours in a month of <paramref name="running"/> things (tasks, nodes, network interfaces) running all month.</summary>
    public static QuantityRange HoursOf(QuantityRange running) => running.Times(HoursPerMonth);

    public static QuantityRange HoursOf(decimal running) => HoursOf(Exactly(running));

    public QuantityRange Times(decimal factor) => new(Min * factor, Max * factor);

    public QuantityRange Plus(QuantityRange other) => new(Min + other.Min, Max + other.Max);

    /// <summary>What is left to bill after a free monthly allowance.</summary>
    public QuantityRange Beyond(decimal free) => new(Math.Max(0m, Min - free), Math.Max(0m, Max - free));
}
