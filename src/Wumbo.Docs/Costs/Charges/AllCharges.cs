using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>Every charge the estimate knows, by area; a resource's lines come in this order.</summary>
internal static class AllCharges
{
    public static ImmutableArray<ResourceCharge> OnResources { get; } =
    [
        .. NetworkCharges.Resources,
        .. LoadBalancerCharges.Resources,
        .. DataStoreCharges.Resources,
        .. ContainerCharges.Resources,
        .. SecurityCharges.Resources,
        .. ObservabilityCharges.Resources,
    ];

    public static ImmutableArray<UsageCharge> OnUsage { get; } =
    [
        .. NetworkCharges.Usage,
        .. LoadBalancerCharges.Usage,
        .. ContainerCharges.Usage,
        .. ObservabilityCharges.Usage,
        .. FrontendCharges.Usage,
    ];

    /// <summary>The resource types some charge prices.</summary>
    public static FrozenSet<string> PricedTypes { get; } =
        OnResources.Select(c => c.Type).Concat(OnUsage.Select(c => c.Type)).ToFrozenSet(StringComparer.Ordinal);
}
