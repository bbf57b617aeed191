using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Security group rules as separate, described resources (SECURITY-RULES G1): traffic between two groups is
/// allowed on both ends, by reference to the other group, never by an open CIDR (G2).
/// </summary>
internal static class SecurityGroupRules
{
    /// <summary>Lets <paramref name="from"/> reach <paramref name="to"/> on a TCP port: egress on one, ingress on the other.</summary>
    public static void AllowTcp(Construct scope, string id, AwsSecurityGroup from, AwsSecurityGroup to, int port, string description)
    {
        _ = new AwsVpcSecurityGroupEgressRule(scope, id + "-out", new AwsVpcSecurityGroupEgressRuleConfig
        {
            SecurityGroupId = from.Id,
            ReferencedSecurityGroupId = to.Id,
            IpProtocol = "tcp",
            FromPort = port,
            ToPort = port,
            Description = description,
        });
        _ = new AwsVpcSecurityGroupIngressRule(scope, id + "-in", new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = to.Id,
            ReferencedSecurityGroupId = from.Id,
            IpProtocol = "tcp",
            FromPort = port,
            ToPort = port,
            Description = description,
        });
    }

    public static AwsVpcSecurityGroupIngressRule AllowTcpFrom(Construct scope, string id, AwsSecurityGroup to, string cidr, int port, string description) =>
        new(scope, id, new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = to.Id,
            CidrIpv4 = cidr,
            IpProtocol = "tcp",
            FromPort = port,
            ToPort = port,
            Description = description,
        });

    public static AwsVpcSecurityGroupEgressRule AllowTcpTo(Construct scope, string id, AwsSecurityGroup from, string cidr, int port, string description) =>
        new(scope, id, new AwsVpcSecurityGroupEgressRuleConfig
        {
            SecurityGroupId = from.Id,
            CidrIpv4 = cidr,
            IpProtocol = "tcp",
            FromPort = port,
            ToPort = port,
            Description = description,
        });
}
