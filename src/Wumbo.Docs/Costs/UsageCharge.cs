using Wumbo.Model.Domain;

namespace Wumbo.Docs.Costs;

/// <summary>
/// A charge whose quantity is one of the environment's usage assumptions. The figure covers the whole environment, so
/// it is priced once, on the first resource (by address) of the type that carries it, e.g. the NAT gateways' data on
/// the first NAT gateway.
/// </summary>
internal sealed record UsageCharge(
    string Type,
    string Unit,
    string Item,
    string PriceId,
    Func<UsageAssumptions, decimal> Quantity)
{
    public Func<ChargedResource, bool> AppliesTo { get; init; } = _ => true;
}
