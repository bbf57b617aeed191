using System.Collections.Immutable;
using Wumbo.Docs.Costs.Charges;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Costs;

/// <summary>
/// Prices an environment's synthesized stack: every billable resource from its arguments in the stack, plus the
/// model's usage assumptions, with the unit prices of the catalog (README.md beside this file).
/// </summary>
public static class CostEstimator
{
    public static EnvironmentCost Estimate(EnvironmentModel environment, StackFacts stack) => Estimate(environment, stack, PriceCatalog.UsEast1);

    /// <summary>
    /// Lines are ordered by address (ordinal), a resource's lines in the order of its charges. The totals add the
    /// priced lines only: a line whose price was not found is shown, never counted as $0.
    /// </summary>
    public static EnvironmentCost Estimate(EnvironmentModel environment, StackFacts stack, PriceCatalog catalog)
    {
        var pricer = new LinePricer(catalog, environment.Environment.Region.Value);
        var lines = ResourceLines(stack, pricer)
            .Concat(UsageLines(environment.Usage, stack, pricer))
            .Concat(LinesWithoutRule(stack))
            .OrderBy(line => line.Address, StringComparer.Ordinal)
            .ToImmutableArray();
        var priced = lines.Where(line => line.UnitPrice is not null).ToList();
        return new EnvironmentCost(environment.Name, lines, priced.Sum(line => line.MonthlyMin!.Value), priced.Sum(line => line.MonthlyMax!.Value));
    }

    private static IEnumerable<CostLine> ResourceLines(StackFacts stack, LinePricer pricer) =>
        from charge in AllCharges.OnResources
        from resource in ChargedResource.OfType(stack, charge.Type).Where(charge.AppliesTo)
        select pricer.Line(resource.Address, charge.Item(resource), charge.Quantity(resource), charge.Unit, charge.PriceId(resource), fromUsageAssumption: false);

    private static IEnumerable<CostLine> UsageLines(UsageAssumptions usage, StackFacts stack, LinePricer pricer) =>
        from charge in AllCharges.OnUsage
        from resource in ChargedResource.OfType(stack, charge.Type).Where(charge.AppliesTo).Take(1)
        select pricer.Line(resource.Address, charge.Item, QuantityRange.Exactly(charge.Quantity(usage)), charge.Unit, charge.PriceId, fromUsageAssumption: true);

    private static IEnumerable<CostLine> LinesWithoutRule(StackFacts stack) =>
        from resource in stack.All
        where !AllCharges.PricedTypes.Contains(resource.Type) && !UnbilledResourceTypes.All.Contains(resource.Type)
        select new CostLine(resource.Address, $"No pricing rule for {resource.Type}", 1m, 1m, "resources", null, null, null);
}
