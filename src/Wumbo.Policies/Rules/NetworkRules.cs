using System.Collections.Immutable;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>The VPC, its subnets, flow logs and endpoints (SECURITY-RULES V1-V5).</summary>
internal static class NetworkRules
{
    private const string Vpc = "aws_vpc";
    private const string Endpoint = "aws_vpc_endpoint";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5041", "The VPC's traffic is logged", [Vpc], AllEnvironments, ScannerIds.Of("CKV2_AWS_11", "AVD-AWS-0178", "EC2.6"),
            "add a flow log on the VPC (network.flow_logs) that logs at least refused connections",
            That((r, stack) => stack.Referencing("aws_flow_log", r).Any(f => f.Text("traffic_type") is "REJECT" or "ALL"), "no flow log with traffic_type REJECT or ALL references this VPC")),
        new("WUM5042", "The VPC's default security group allows nothing", [Vpc], AllEnvironments, ScannerIds.Of("CKV2_AWS_12", "AVD-AWS-0173", "EC2.2"),
            "manage the default security group (aws_default_security_group) with no ingress or egress",
            That((r, stack) => stack.Referencing("aws_default_security_group", r).Any(g => g.Blocks("ingress").IsEmpty && g.Blocks("egress").IsEmpty), "the default security group is not managed empty")),
        new("WUM5043", "Subnets give no public IP addresses", ["aws_subnet"], AllEnvironments, ScannerIds.Of("CKV_AWS_130", "AVD-AWS-0164", "EC2.15"),
            "set map_public_ip_on_launch = false; the load balancer and NAT gateways have their own addresses", NotTrue("map_public_ip_on_launch")),
        new("WUM5044", "No default VPC is managed", ["aws_default_vpc"], AllEnvironments, ScannerIds.Of("CKV_AWS_148", "AVD-AWS-0101"),
            "remove aws_default_vpc; build an environment's own VPC", That((_, _) => false, "the default VPC is managed here")),
        new("WUM5045", "Interface endpoints resolve privately behind a security group", [Endpoint], AllEnvironments, ScannerIds.Of("EC2.55", "EC2.56"),
            "set private_dns_enabled = true and security_group_ids on every interface endpoint",
            When(r => r.Text("vpc_endpoint_type") == "Interface", All(IsTrue("private_dns_enabled"), IsSet("security_group_ids")))),
        new("WUM5046", "Image pulls reach S3 through the gateway endpoint", [Vpc], AllEnvironments, ScannerIds.Of(),
            "add the s3 gateway endpoint (network.vpc_endpoints) whenever the ECR endpoints exist: image layers are served from S3",
            That((r, stack) => !HasEndpoint(stack, r, ".ecr.dkr") || HasEndpoint(stack, r, ".s3"), "the VPC has the ECR endpoints but no S3 gateway endpoint", "vpc_endpoints")),
    ];

    private static bool HasEndpoint(StackDocument stack, StackResource vpc, string serviceSuffix) =>
        stack.Referencing(Endpoint, vpc).Any(e => e.Text("service_name")?.EndsWith(serviceSuffix, StringComparison.Ordinal) == true);
}
