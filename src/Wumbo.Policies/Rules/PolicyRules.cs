using System.Collections.Immutable;

namespace Wumbo.Policies.Rules;

/// <summary>Every rule of the pack, in id order; ids are diagnostic codes in WUM5001-WUM5899.</summary>
public static class PolicyRules
{
    public static ImmutableArray<PolicyRule> All { get; } =
    [
        .. DatabaseRules.All, .. CacheRules.All, .. SecurityGroupRules.All, .. NetworkRules.All, .. LoadBalancerRules.All,
        .. ContainerRules.All, .. RegistryRules.All, .. LogRules.All, .. SecretRules.All, .. KeyAndTopicRules.All,
        .. IamRules.All, .. BucketRules.All, .. EdgeRules.All, .. BackupAndHostingRules.All,
    ];

    public static PolicyRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
