using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>The <c>data</c> construct of <c>samples/basic</c>: postgres and redis with their subnet groups.</summary>
internal sealed record BasicData(Construct Scope, GenericResource Postgres, GenericResource Redis)
{
    public static BasicData Add(TerraformStack stack, BasicEnvironment env, TfString prefix, TerraformVariable password, BasicNetwork network)
    {
        var scope = new Construct(stack, "data");
        var subnets = Tf.List(network.SubnetA.Id, network.SubnetB.Id);
        var dbSubnets = new GenericResource(scope, "subnet-group", "aws_db_subnet_group", new GenericConfig
        {
            Arguments = [("name", Tf.Template($"{prefix}-db")), ("subnet_ids", subnets)],
        });
        var postgres = new GenericResource(scope, "postgres", "aws_db_instance", new GenericConfig
        {
            Arguments =
            [
                ("allocated_storage", env.AllocatedStorage), ("db_subnet_group_name", dbSubnets.Attr("name")), ("engine", "postgres"),
                ("engine_version", "16"), ("identifier", Tf.Template($"{prefix}-pg")), ("instance_class", env.InstanceClass),
                ("multi_az", env.IsProduction), ("password", password.StringValue), ("skip_final_snapshot", !env.IsProduction),
                ("username", "app"), ("vpc_security_group_ids", Tf.List(network.Sg.Id)),
            ],
            Lifecycle = new TerraformLifecycle { IgnoreChanges = ["password"], PreventDestroy = env.IsProduction },
        });
        var cacheSubnets = new GenericResource(scope, "cache-subnets", "aws_elasticache_subnet_group", new GenericConfig
        {
            Arguments = [("name", Tf.Template($"{prefix}-cache")), ("subnet_ids", subnets)],
        });
        var redis = new GenericResource(scope, "redis", "aws_elasticache_replication_group", new GenericConfig
        {
            Arguments =
            [
                ("at_rest_encryption_enabled", "true"), ("automatic_failover_enabled", env.IsProduction), ("description", "session cache"),
                ("engine", "redis"), ("engine_version", "7.1"), ("node_type", "cache.t4g.small"), ("num_cache_clusters", env.CacheClusters),
                ("replication_group_id", Tf.Template($"{prefix}-redis")), ("security_group_ids", Tf.List(network.Sg.Id)),
                ("subnet_group_name", cacheSubnets.Attr("name")), ("transit_encryption_enabled", true),
            ],
        });
        return new BasicData(scope, postgres, redis);
    }
}
