using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("ElastiCache for Redis: cache and Celery broker.")]
public sealed record CacheSettings(
    [Description("Engine version; Redis 7.1 is supported.")]
    string EngineVersion,
    [Description("Node type, for example cache.t4g.micro.")]
    string NodeType,
    [Description("Require a Graviton (ARM) node family (t4g, m7g, r7g, ...).")]
    bool RequireGraviton,
    [Description("Read replicas besides the primary.")]
    [Range(0, 5)]
    int Replicas,
    [Description("Automatic failover across availability zones (needs a replica).")]
    bool MultiAz,
    [Description("Encrypt data at rest.")]
    bool AtRestEncryption,
    [Description("Encrypt connections (TLS, rediss://).")]
    bool TransitEncryption,
    [Description("Days of automatic snapshots; 0 turns them off.")]
    [Range(0, 35)]
    int SnapshotRetentionDays);
