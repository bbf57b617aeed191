using Wumbo.Docs.Costs;

namespace Wumbo.Preview.Costs;

/// <summary>A cost line that differs between the checkouts, by the head's address and its item; null on the side that lacks it.</summary>
public sealed record CostLineChange(string Address, string Item, CostLine? Before, CostLine? After);
