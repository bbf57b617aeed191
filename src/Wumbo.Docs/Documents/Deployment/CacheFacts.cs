using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>The seed's CacheStack of one environment: the replication group, with its node count as the stack bills it.</summary>
public sealed record CacheFacts(
    string Id,
    string EngineVersion,
    string NodeType,
    bool Graviton,
    int Nodes,
    bool MultiAz,
    bool AtRestEncryption,
    bool TransitEncryption,
    int SnapshotRetentionDays)
{
    public static CacheFacts From(EnvironmentModel model, StackFacts stack)
    {
        var cache = model.Cache;
        var group = stack.Resources("aws_elasticache_replication_group").Single();
        return new(
            model.Names.Cache,
            cache.EngineVersion,
            cache.NodeType,
            cache.RequireGraviton,
            (int)(group.Number("num_cache_clusters") ?? throw new InvalidOperationException("the replication group states no node count")),
            cache.MultiAz,
            cache.AtRestEncryption,
            cache.TransitEncryption,
            cache.SnapshotRetentionDays);
    }
}
