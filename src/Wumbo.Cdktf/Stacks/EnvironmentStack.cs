using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The stack of one environment: the AWS provider (region, account pin, default tags), its state backend,
/// and the constructs compiled from the model. Outputs sit at the stack level with static ids, so that
/// their names stay stable for <c>terraform output</c> and for consumers even when constructs move.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A TerraformStack, named as cdktf names stacks.")]
public sealed class EnvironmentStack : TerraformStack
{
    public EnvironmentStack(App app, EnvironmentModel environment)
        : base(app, environment.Name)
    {
        _ = new AwsProvider(this, "aws", new AwsProviderConfig
        {
            Region = environment.Environment.Region.Value,
            AllowedAccountIds = environment.Environment.AccountId is { } account ? TfList.Create<TfString>([account]) : null,
            DefaultTags = TfList.Create([new AwsProviderDefaultTags { Tags = TfMap.Strings(ResourceTags.Defaults(environment)) }]),
        });
        StateBackends.Attach(this, environment);

        var network = new Network(this, "network", environment);
        Output("vpc_id", "The VPC of the environment.", network.Vpc.Id);
        Output("public_subnet_ids", "Public subnets (load balancer, NAT gateways), one per zone.", network.SubnetIds(SubnetTier.Public));
        Output("private_subnet_ids", "Private subnets (Fargate tasks), one per zone.", network.SubnetIds(SubnetTier.Private));
        Output("isolated_subnet_ids", "Isolated subnets (database, cache), one per zone.", network.SubnetIds(SubnetTier.Isolated));
        Output("load_balancer_security_group_id", "Security group of the public load balancer.", network.LoadBalancerSecurityGroup.Id);
    }

    private void Output(string id, string description, Expression value) =>
        _ = new TerraformOutput(this, id, new TerraformOutputConfig { Value = value, Description = description, StaticId = true });
}
