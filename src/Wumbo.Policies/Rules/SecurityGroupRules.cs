using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>
/// Security groups and their rules (SECURITY-RULES G1-G4), whether written inline, as <c>aws_security_group_rule</c>
/// or as the per-rule <c>aws_vpc_security_group_{ingress,egress}_rule</c> resources the stacks use.
/// </summary>
internal static class SecurityGroupRules
{
    private const string Group = "aws_security_group";
    private const string LegacyRule = "aws_security_group_rule";
    private const string Ingress = "aws_vpc_security_group_ingress_rule";
    private const string Egress = "aws_vpc_security_group_egress_rule";

    private static readonly string[] RuleTypes = [Group, LegacyRule, Ingress, Egress];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5031", "Security groups and their rules are described", [.. RuleTypes], AllEnvironments, ScannerIds.Of("CKV_AWS_23", "AVD-AWS-0099", "AVD-AWS-0124"),
            "give the group and every rule a description that says what the traffic is for",
            That((r, _) => Described(r.Get("description")) && Inline(r).All(b => Described(b["description"])), "a description is missing or is the provider default", "description")),
        new("WUM5032", "Ingress from anywhere only to HTTPS", [.. RuleTypes], AllEnvironments, ScannerIds.Of("CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_260", "CKV_AWS_277", "AVD-AWS-0107", "EC2.18", "EC2.19"),
            "allow traffic from other security groups; only a public load balancer takes tcp/443 from anywhere",
            That((r, _) => Rules(r, ingress: true).All(rule => !rule.IsWorldOpen || rule.IsHttpsOnly), "ingress is open to the internet on a port other than tcp/443", "from_port")),
        new("WUM5033", "Egress to anywhere only over HTTPS", [.. RuleTypes], AllEnvironments, ScannerIds.Of("CKV_AWS_382"),
            "send traffic to security groups or prefix lists; only tcp/443 may leave for the internet (through NAT)",
            That((r, _) => Rules(r, ingress: false).All(rule => !rule.IsWorldOpen || rule.IsHttpsOnly), "egress is open to the internet on a port other than tcp/443", "ip_protocol")),
        new("WUM5034", "Security groups are attached to something", [Group], AllEnvironments, ScannerIds.Of("CKV2_AWS_5"),
            "remove the group, or attach it to the resource it was made for",
            That((r, stack) => stack.Resources.Any(other => !RuleTypes.Contains(other.Type) && stack.References(other, r)), "no resource uses this security group")),
    ];

    private static bool Described(JsonValue? description) =>
        description is JsonString { Value: var text } && text.Trim().Length > 0 && text != "Managed by Terraform";

    private static ImmutableArray<JsonObject> Inline(StackResource group) =>
        group.Type == Group ? [.. group.Blocks("ingress"), .. group.Blocks("egress")] : [];

    // One traffic rule, however it is written: its direction, protocol, ports and where it is open to.
    private static IEnumerable<TrafficRule> Rules(StackResource resource, bool ingress) => resource.Type switch
    {
        Ingress when ingress => [TrafficRule.FromVpcRule(resource.Body)],
        Egress when !ingress => [TrafficRule.FromVpcRule(resource.Body)],
        LegacyRule when resource.Text("type") == (ingress ? "ingress" : "egress") => [TrafficRule.FromInline(resource.Body)],
        Group => resource.Blocks(ingress ? "ingress" : "egress").Select(TrafficRule.FromInline),
        _ => [],
    };

    private sealed record TrafficRule(string Protocol, double? FromPort, double? ToPort, bool IsWorldOpen)
    {
        public bool IsHttpsOnly => Protocol is "tcp" or "6" && FromPort == 443 && ToPort == 443;

        public static TrafficRule FromVpcRule(JsonObject rule) => new(
            (rule["ip_protocol"] as JsonString)?.Value ?? "-1",
            (rule["from_port"] as JsonNumber)?.Value,
            (rule["to_port"] as JsonNumber)?.Value,
            IsWorld(Strings.Of(rule["cidr_ipv4"]).Concat(Strings.Of(rule["cidr_ipv6"])))
                || (rule["cidr_ipv4"] is null && rule["cidr_ipv6"] is null && rule["referenced_security_group_id"] is null && rule["prefix_list_id"] is null));

        public static TrafficRule FromInline(JsonObject rule) => new(
            (rule["protocol"] as JsonString)?.Value ?? "-1",
            (rule["from_port"] as JsonNumber)?.Value,
            (rule["to_port"] as JsonNumber)?.Value,
            IsWorld(Strings.Of(rule["cidr_blocks"]).Concat(Strings.Of(rule["ipv6_cidr_blocks"])))
                || (Strings.Of(rule["cidr_blocks"]).IsEmpty && Strings.Of(rule["ipv6_cidr_blocks"]).IsEmpty
                    && Strings.Of(rule["security_groups"]).IsEmpty && rule["source_security_group_id"] is null && Strings.Of(rule["prefix_list_ids"]).IsEmpty));

        private static bool IsWorld(IEnumerable<string> cidrs) => cidrs.Any(c => c is "0.0.0.0/0" or "::/0");
    }
}
