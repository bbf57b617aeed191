using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>The <c>compute</c> construct of <c>samples/basic</c>: cluster, task definition with jsonencode, ALB.</summary>
internal static class BasicCompute
{
    public static GenericResource Add(TerraformStack stack, TfString prefix, BasicNetwork network, BasicData data)
    {
        var scope = new Construct(stack, "compute");
        _ = new GenericResource(scope, "cluster", "aws_ecs_cluster", new GenericConfig
        {
            Arguments = [("name", Tf.Template($"{prefix}-cluster")), ("setting", Tf.List(Tf.Map(("name", "containerInsights"), ("value", "enabled"))))],
        });
        var redisUrl = Tf.Template($"rediss://{data.Redis.Attr("primary_endpoint_address")}:6379");
        var container = Tf.Map(
            ("name", "web"), ("image", "public.ecr.aws/nginx/nginx:1.27"), ("essential", true),
            ("portMappings", Tf.List(Tf.Map(("containerPort", 8080), ("protocol", "tcp")))),
            ("environment", Tf.List(
                Tf.Map(("name", "DB_HOST"), ("value", data.Postgres.Attr("address"))),
                Tf.Map(("name", "REDIS_URL"), ("value", redisUrl)),
                Tf.Map(("name", "AWS_REGION"), ("value", "eu-west-1")))));
        _ = new GenericResource(scope, "task", "aws_ecs_task_definition", new GenericConfig
        {
            Arguments =
            [
                ("container_definitions", Fn.Jsonencode(Tf.List(container))), ("cpu", "256"), ("family", Tf.Template($"{prefix}-web")),
                ("memory", "512"), ("network_mode", "awsvpc"), ("requires_compatibilities", Tf.List("FARGATE")),
            ],
        });
        var webAlb = new Construct(scope, "web-alb");
        return new GenericResource(webAlb, "alb", "aws_lb", new GenericConfig
        {
            Arguments =
            [
                ("internal", false), ("load_balancer_type", "application"), ("name", Tf.Template($"{prefix}-alb")),
                ("security_groups", Tf.List(network.Sg.Id)), ("subnets", Tf.List(network.SubnetA.Id, network.SubnetB.Id)),
                ("tags", Tf.Map(("Tier", "edge"))),
            ],
            DependsOn = [network.Igw],
        });
    }
}
