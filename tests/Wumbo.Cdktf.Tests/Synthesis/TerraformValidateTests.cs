using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Synthesis;

/// <summary>
/// One end-to-end check that the L1 output, with references, meta-arguments, moves and escaped literals,
/// is valid for hashicorp/aws 5.100.0, through the shared offline Terraform harness.
/// </summary>
public sealed class TerraformValidateTests
{
    [Fact]
    public async Task The_first_stack_passes_terraform_validate()
    {
        using var workspace = TerraformWorkspace.Create(SynthesizeNetwork());

        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        result.EnsureSucceeded();
    }

    private static string SynthesizeNetwork()
    {
        var app = new App();
        var stack = new TerraformStack(app, "dev");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig
        {
            Region = "eu-west-1", AllowedAccountIds = ["123456789012"],
            DefaultTags = [new AwsProviderDefaultTags { Tags = TfMap.Strings(new Dictionary<string, string> { ["Project"] = "wumbo" }) }],
        });
        var azs = new DataAwsAvailabilityZones(stack, "azs", new DataAwsAvailabilityZonesConfig { State = "available" });
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16", Tags = TfMap.Strings(new Dictionary<string, string> { ["Name"] = "x" }) });
        var subnet = new AwsSubnet(stack, "subnet", new AwsSubnetConfig { VpcId = vpc.Id, AvailabilityZone = azs.Names.Element(0), CidrBlock = Fn.Cidrsubnet(vpc.CidrBlock, 8, 1) });
        var igw = new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig { VpcId = vpc.Id });
        var sg = new AwsSecurityGroup(stack, "sg", new AwsSecurityGroupConfig
        {
            VpcId = vpc.Id, Description = "literal ${not_a_ref}",
            Egress = [new AwsSecurityGroupEgress { FromPort = 0, ToPort = 0, Protocol = "-1", CidrBlocks = ["0.0.0.0/0"] }],
            Lifecycle = new TerraformLifecycle { CreateBeforeDestroy = true },
        });
        var rules = new AwsVpcSecurityGroupIngressRule(stack, "https", new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = sg.Id, IpProtocol = "tcp", CidrIpv4 = "0.0.0.0/0", ForEach = Fn.Toset<TfString>(["80", "443"]),
            FromPort = Tf.EachValue<TfNumber>(), ToPort = Tf.EachValue<TfNumber>(), DependsOn = [igw],
        });
        _ = new AwsVpcSecurityGroupEgressRule(stack, "dns", new AwsVpcSecurityGroupEgressRuleConfig
        {
            SecurityGroupId = sg.Id, IpProtocol = "udp", CidrIpv4 = "0.0.0.0/0", FromPort = 53, ToPort = 53, Count = 1,
        });
        _ = new TerraformOutput(stack, "rule_arns", new TerraformOutputConfig { Value = rules.Arn, DependsOn = [igw] });
        _ = new TerraformOutput(stack, "subnet_info", new TerraformOutputConfig { Value = Tf.Template($"{subnet.Id} in {vpc.Id}") });
        vpc.MoveFromId("aws_vpc.old");
        var result = app.Synth();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Find("stacks/dev/cdk.tf.json")!;
    }
}
