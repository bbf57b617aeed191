using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>VPC, subnets, gateway and security group of <c>samples/basic</c>, all with real L1s.</summary>
internal sealed record BasicNetwork(AwsVpc Vpc, AwsSubnet SubnetA, AwsSubnet SubnetB, AwsInternetGateway Igw, AwsSecurityGroup Sg)
{
    public static BasicNetwork Add(TerraformStack stack, BasicEnvironment env, TfString prefix, DataAwsAvailabilityZones azs)
    {
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig
        {
            CidrBlock = env.Cidr, EnableDnsHostnames = true, EnableDnsSupport = true,
            Tags = new Dictionary<string, TfString> { ["Name"] = Tf.Template($"{prefix}-vpc") },
        });
        var subnetA = Subnet(stack, "subnet-a", 0, 1, "a");
        var subnetB = Subnet(stack, "subnet-b", 1, 2, "b");
        var igw = new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig { VpcId = vpc.Id });
        var sg = new AwsSecurityGroup(stack, "app_sg", new AwsSecurityGroupConfig
        {
            Name = Tf.Template($"{prefix}-app"), Description = "web + data tier", VpcId = vpc.Id,
            Ingress = [new AwsSecurityGroupIngress { FromPort = 5432, ToPort = 5432, Protocol = "tcp", CidrBlocks = [vpc.CidrBlock], Description = "postgres from inside the VPC" }],
            Egress = [new AwsSecurityGroupEgress { FromPort = 0, ToPort = 0, Protocol = "-1", CidrBlocks = ["0.0.0.0/0"] }],
            Lifecycle = new TerraformLifecycle { CreateBeforeDestroy = true },
        });
        _ = new AwsVpcSecurityGroupIngressRule(stack, "https_in", new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = sg.Id, IpProtocol = "tcp", CidrIpv4 = "0.0.0.0/0",
            ForEach = TfForEach.From(Fn.Toset<TfNumber>([80, 443])), // As the sample app wrote it; Terraform rejects it.
            FromPort = Tf.EachValue<TfNumber>(), ToPort = Tf.EachValue<TfNumber>(),
            Description = Tf.Template($"public {Tf.EachValue<TfString>()}"),
        });
        return new BasicNetwork(vpc, subnetA, subnetB, igw, sg);

        AwsSubnet Subnet(TerraformStack scope, string id, int az, int netnum, string suffix) => new(scope, id, new AwsSubnetConfig
        {
            VpcId = vpc.Id, AvailabilityZone = azs.Names.Element(az), CidrBlock = Fn.Cidrsubnet(vpc.CidrBlock, 8, netnum),
            MapPublicIpOnLaunch = true, Tags = new Dictionary<string, TfString> { ["Name"] = Tf.Template($"{prefix}-{suffix}") },
        });
    }
}
