using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>The app behind <c>samples/basic</c>, rebuilt with the construct API (L1s where they exist).</summary>
internal static class BasicSampleApp
{
    public static readonly BasicEnvironment Development = new("development", 20, "db.t4g.micro", false, 1, "10.10.0.0/16");
    public static readonly BasicEnvironment Production = new("production", 100, "db.m6g.large", true, 2, "10.20.0.0/16");

    public static App Build(int extraParameters = 0)
    {
        var app = new App();
        var development = AddStack(app, Development);
        for (var i = 0; i < extraParameters; i++)
        {
            var local = development.Node.Children.OfType<TerraformLocal>().Single();
            _ = new GenericResource(development, $"param-{i}", "aws_ssm_parameter", new GenericConfig
            {
                Arguments = [("name", $"/development/scale/param-{i}"), ("tags", Tf.Map(("Index", $"{i}"))), ("type", "String"), ("value", Tf.Template($"{local.StringValue}-{i}"))],
            });
        }

        AddStack(app, Production);
        return app;
    }

    private static TerraformStack AddStack(App app, BasicEnvironment env)
    {
        var stack = new TerraformStack(app, env.Name);
        var isProduction = env == Production;
        if (isProduction)
        {
            _ = new CloudBackend(stack, new CloudBackendConfig { Organization = "acme", WorkspaceName = "webapp-production" });
            stack.Node.AddWarning("production stack: prevent_destroy is on");
        }
        else
        {
            _ = new S3Backend(stack, new S3BackendConfig
            {
                Bucket = "acme-tfstate", Key = $"webapp/{env.Name}.tfstate", Region = "eu-west-1", DynamodbTable = "acme-tflock",
            });
        }

        stack.AddOverride("terraform.required_version", ">= 1.5.0");
        GenericProvider.CdktfAws(stack, ("default_tags", Tf.List(Tf.Map(("tags", Tf.Map(("Environment", env.Name), ("ManagedBy", "cdktf"), ("Project", "webapp")))))), ("region", "eu-west-1"));

        var prefix = new TerraformLocal(stack, "name_prefix", $"webapp-{env.Name}").StringValue;
        var password = new TerraformVariable(stack, "db_password", new TerraformVariableConfig
        {
            Type = "string", Sensitive = true, Description = "Master password for the postgres instance",
        });
        var azs = new DataAwsAvailabilityZones(stack, "azs", new DataAwsAvailabilityZonesConfig { State = "available" });
        var network = BasicNetwork.Add(stack, env, prefix, azs);
        var data = BasicData.Add(stack, env, prefix, password, network);
        var alb = BasicCompute.Add(stack, prefix, network, data);
        var alerts = BasicAlerts.Add(stack, env, prefix);

        _ = new TerraformOutput(stack, "alb_dns", new TerraformOutputConfig
        {
            Value = alb.Attr("dns_name"), Description = "public DNS of the load balancer", DependsOn = [network.Igw],
        });
        _ = new TerraformOutput(data.Scope, "db_endpoint", new TerraformOutputConfig { Value = data.Postgres.Attr("endpoint"), Sensitive = true });
        _ = new TerraformOutput(stack, "topic_arn", new TerraformOutputConfig { Value = alerts.Attr("arn") });
        _ = new TerraformOutput(stack, "vpc_id", new TerraformOutputConfig { Value = network.Vpc.Id });
        return stack;
    }
}

internal sealed record BasicEnvironment(string Name, double AllocatedStorage, string InstanceClass, bool IsProduction, double CacheClusters, string Cidr);
