using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The stack's outputs, for CI and the docs: where the API answers, where images go, what to deploy and how to
/// migrate. They sit at the stack level with static ids, so their names stay stable for <c>terraform output</c>
/// even when constructs move. None holds a secret value: secrets appear only as ARNs.
/// </summary>
internal sealed class StackOutputs(TerraformStack stack, StackContext context)
{
    public void Write(Security security, Ecr ecr, Database database, Cache cache, Compute compute, Monitoring monitoring, Frontend frontend, CiAccess ci)
    {
        var network = security.Network;
        Output("vpc_id", "The VPC of the environment.", network.Vpc.Id);
        Output("public_subnet_ids", "Public subnets (load balancer, NAT gateways), one per zone.", network.SubnetIds(SubnetTier.Public));
        Output("private_subnet_ids", "Private subnets (Fargate tasks), one per zone.", network.SubnetIds(SubnetTier.Private));
        Output("isolated_subnet_ids", "Isolated subnets (database, cache), one per zone.", network.SubnetIds(SubnetTier.Isolated));
        Output("api_url", "The API's base URL, for the web and mobile apps.", (TfString)context.Names.ApiUrl);
        Output("load_balancer_dns_name", "The load balancer the API host is an alias of.", compute.LoadBalancer.Alb.DnsName);
        Output("ecr_repository_urls", "Where CI pushes each image, by repository id.", Map(ecr.Repositories.Select(r => (r.Key, r.Value.RepositoryUrl))));
        Output("ci_principal_arn", "The role (or user) GitHub Actions pushes and deploys with.", ci.PrincipalArn);
        Output("cluster_name", "The ECS cluster.", compute.Cluster.Name);
        Output("service_names", "The ECS services CI updates, by model name.", Map(compute.Services.Select(s => (s.Definition.Name, s.Service.Name))));
        Output("secret_arns", "The Secrets Manager secrets to put values into, by id (names only; values never pass through Terraform).", Map(security.Secrets.Select(s => (s.Key, s.Value.Arn))));
        Output("database_endpoint", "The database's host and port.", database.Instance.Endpoint);
        Output("database_master_secret_arn", "The secret where RDS keeps the master credentials.", database.MasterSecretArn);
        Output("cache_endpoint", "The cache's primary endpoint (TLS, IAM authentication).", cache.PrimaryEndpoint);
        Output("alarm_topic_arn", "The SNS topic the alarms notify.", monitoring.Topic.Arn);
        Output("migration_command", "Runs the database migration (alembic upgrade head) as an ECS task.", compute.Migration.RunCommand);
        foreach (var (name, description, value) in frontend.Outputs)
        {
            Output(name, description, value);
        }
    }

    private static TfMap<TfString> Map(IEnumerable<(string Key, TfString Value)> members) =>
        TfMap.From(members.Select(m => KeyValuePair.Create(m.Key, m.Value)));

    private void Output(string id, string description, ITfValue value) =>
        _ = new TerraformOutput(stack, id, new TerraformOutputConfig { Value = value.Expression, Description = description, StaticId = true });
}
