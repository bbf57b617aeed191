using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's CacheStack: a Redis replication group in the isolated subnets (cache and Celery broker),
/// encrypted at rest and in transit as the model says (SECURITY-RULES E1, E2; the production key, E4),
/// failing over across zones where it has a replica (E5), with snapshots as the model says (E6).
/// Clients authenticate as an IAM-authenticated user (<see cref="CacheUsers"/>): no password exists.
/// </summary>
internal sealed class Cache : Construct
{
    public const int Port = 6379;

    public Cache(Construct scope, string id, StackContext context, Network network)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "cache");
        var settings = context.Environment.Cache;
        var names = context.Names;
        SecurityGroup = SecurityGroups.Create(this, network, names.Resource("cache"), "Redis, reached only from the tasks");
        var subnets = new AwsElasticacheSubnetGroup(this, "subnet-group", new AwsElasticacheSubnetGroupConfig
        {
            Name = names.Cache,
            Description = "The isolated subnets: no route to the internet",
            SubnetIds = network.SubnetIds(SubnetTier.Isolated),
        });
        Users = new CacheUsers(this, "users", context);
        ReplicationGroup = new AwsElasticacheReplicationGroup(this, "replication-group", new AwsElasticacheReplicationGroupConfig
        {
            ReplicationGroupId = names.Cache,
            Description = $"Cache and Celery broker of {context.Environment.Name}",
            Engine = "redis",
            EngineVersion = settings.EngineVersion,
            NodeType = settings.NodeType,
            NumCacheClusters = 1 + settings.Replicas,
            Port = Port,
            ParameterGroupName = "default.redis" + settings.EngineVersion.Split('.')[0],
            SubnetGroupName = subnets.Name,
            SecurityGroupIds = [SecurityGroup.Id],
            AutomaticFailoverEnabled = settings.MultiAz,
            MultiAzEnabled = settings.MultiAz,
            AtRestEncryptionEnabled = settings.AtRestEncryption ? "true" : "false",
            KmsKeyId = settings.AtRestEncryption ? context.KeyArn : null,
            TransitEncryptionEnabled = settings.TransitEncryption,
            TransitEncryptionMode = settings.TransitEncryption ? (TfString?)"required" : null,
            UserGroupIds = [Users.Group.UserGroupId],
            SnapshotRetentionLimit = settings.SnapshotRetentionDays,
            SnapshotWindow = settings.SnapshotRetentionDays > 0 ? (TfString?)"02:00-03:00" : null,
            MaintenanceWindow = "sun:05:30-sun:06:30",
            AutoMinorVersionUpgrade = "true",
        });
        ModelOrigin.Record(
            ReplicationGroup,
            ("node_type", "cache.node_type"),
            ("automatic_failover_enabled", "cache.multi_az"),
            ("multi_az_enabled", "cache.multi_az"),
            ("at_rest_encryption_enabled", "cache.at_rest_encryption"),
            ("transit_encryption_enabled", "cache.transit_encryption"),
            ("user_group_ids", "cache.transit_encryption"),
            ("snapshot_retention_limit", "cache.snapshot_retention_days"),
            ("kms_key_id", "security.customer_managed_key"));
    }

    public AwsSecurityGroup SecurityGroup { get; }

    public CacheUsers Users { get; }

    public AwsElasticacheReplicationGroup ReplicationGroup { get; }

    /// <summary>The node ids ElastiCache gives the group's members (<c>&lt;group&gt;-001</c>, ...), which its metrics are reported by.</summary>
    public static IEnumerable<string> NodeIds(StackContext context) =>
        Enumerable.Range(1, 1 + context.Environment.Cache.Replicas).Select(n => $"{context.Names.Cache}-{n:000}");

    public TfString PrimaryEndpoint => ReplicationGroup.PrimaryEndpointAddress;
}
