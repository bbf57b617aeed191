namespace Wumbo.Docs.Costs;

/// <summary>
/// A charge billed for each resource of one Terraform type it applies to: what is billed, per which unit, the catalog
/// price it takes (null where PRICING.md has none: the line says "price not found") and the monthly quantity. All of
/// it is read from the resource's arguments in the stack.
/// </summary>
internal sealed record ResourceCharge(
    string Type,
    string Unit,
    Func<ChargedResource, string> Item,
    Func<ChargedResource, string?> PriceId,
    Func<ChargedResource, QuantityRange> Quantity)
{
    public Func<ChargedResource, bool> AppliesTo { get; init; } = _ => true;
}
