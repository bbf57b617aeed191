using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>Application load balancers, listeners and target groups (SECURITY-RULES A1-A9).</summary>
internal static class LoadBalancerRules
{
    private const string LoadBalancer = "aws_lb";
    private const string Listener = "aws_lb_listener";

    /// <summary>The one TLS policy every scanner and Security Hub accept (SECURITY-RULES pitfall 3).</summary>
    private const string TlsPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5051", "Load balancers drop invalid header fields", [LoadBalancer], AllEnvironments, ScannerIds.Of("CKV_AWS_131", "AVD-AWS-0052", "ELB.4"),
            "set drop_invalid_header_fields = true", When(IsApplication, IsTrue("drop_invalid_header_fields"))),
        new("WUM5052", "Listeners serve HTTPS or redirect to it", [Listener], AllEnvironments, ScannerIds.Of("CKV_AWS_2", "CKV2_AWS_20", "AVD-AWS-0054", "ELB.1"),
            "listen with protocol HTTPS, or redirect HTTP to HTTPS on port 443",
            That((r, _) => r.Text("protocol") is "HTTPS" or "TLS" || RedirectsToHttps(r), "the listener serves plain HTTP", "protocol")),
        new("WUM5053", "HTTPS listeners use the TLS 1.3 policy", [Listener], AllEnvironments, ScannerIds.Of("CKV_AWS_103", "CKV2_AWS_74", "AVD-AWS-0047", "ELB.17"),
            $"set ssl_policy = \"{TlsPolicy}\" explicitly", When(r => r.Text("protocol") is "HTTPS" or "TLS", OneOf("ssl_policy", TlsPolicy))),
        new("WUM5054", "Load balancer deletion protection is on", [LoadBalancer], ProductionOnly, ScannerIds.Of("CKV_AWS_150", "ELB.6"),
            "set compute.load_balancer.deletion_protection: true", IsTrue("enable_deletion_protection")),
        new("WUM5055", "Load balancer access logs are kept", [LoadBalancer], ProductionOnly, ScannerIds.Of("CKV_AWS_91", "ELB.5"),
            "set compute.load_balancer.access_logs: true (an SSE-S3 bucket that grants log delivery)", IsTrue("access_logs.enabled")),
        new("WUM5056", "Load balancers mitigate HTTP desync", [LoadBalancer], AllEnvironments, ScannerIds.Of("CKV_AWS_328", "ELB.12"),
            "leave desync_mitigation_mode unset, or set defensive or strictest", AbsentOrOneOf("desync_mitigation_mode", "defensive", "strictest")),
        new("WUM5057", "Load balancers are internal", [LoadBalancer], AllEnvironments, ScannerIds.Of("AVD-AWS-0053"),
            "set internal = true, or waive the rule for the one load balancer that must face the internet", IsTrue("internal")),
        new("WUM5058", "Internet-facing load balancers sit behind a web firewall", [LoadBalancer], ProductionOnly, ScannerIds.Of("CKV2_AWS_28", "CKV2_AWS_76"),
            "associate a WAFv2 web ACL with the load balancer (the stacks add one for a production tier)",
            When(r => r.Bool("internal") != true, That((r, stack) => stack.Referencing("aws_wafv2_web_acl_association", r).Any(), "no web ACL is associated"))),
        new("WUM5059", "Target groups check their targets' health", ["aws_lb_target_group"], AllEnvironments, ScannerIds.Of("CKV_AWS_261"),
            "define health_check with the service's health-check path",
            When(r => r.Text("protocol") is "HTTP" or "HTTPS", All(IsTrue("health_check.enabled"), IsSet("health_check.path")))),
    ];

    private static bool IsApplication(StackResource r) => r.Text("load_balancer_type") is null or "application";

    private static bool RedirectsToHttps(StackResource listener) =>
        listener.Blocks("default_action").Any(a =>
            a["type"] is JsonString { Value: "redirect" }
            && a["redirect"] is JsonObject redirect
            && redirect["protocol"] is JsonString { Value: "HTTPS" }
            && redirect["port"] is JsonString { Value: "443" });
}
