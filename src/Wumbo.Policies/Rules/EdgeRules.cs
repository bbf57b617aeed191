using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>What faces the internet: CloudFront, the web firewall and certificates (SECURITY-RULES F1-F5, W1-W2).</summary>
internal static class EdgeRules
{
    private const string Distribution = "aws_cloudfront_distribution";
    private const string WebAcl = "aws_wafv2_web_acl";
    private const string KnownBadInputs = "AWSManagedRulesKnownBadInputsRuleSet";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5141", "CloudFront serves viewers over HTTPS", [Distribution], AllEnvironments, ScannerIds.Of("CKV_AWS_34", "AVD-AWS-0012", "CloudFront.3"),
            "set viewer_protocol_policy = \"redirect-to-https\" on every cache behavior",
            That((r, _) => r.Blocks("default_cache_behavior").Concat(r.Blocks("ordered_cache_behavior")).All(b => b["viewer_protocol_policy"] is JsonString { Value: "redirect-to-https" or "https-only" }), "a cache behavior allows plain HTTP", "default_cache_behavior")),
        new("WUM5142", "CloudFront uses its own certificate with TLS 1.2 or later", [Distribution], AllEnvironments, ScannerIds.Of("CKV_AWS_174", "AVD-AWS-0013", "CloudFront.15"),
            "set viewer_certificate with an ACM certificate (us-east-1), ssl_support_method = \"sni-only\" and minimum_protocol_version = \"TLSv1.2_2021\"",
            All(IsSet("viewer_certificate.acm_certificate_arn"), OneOf("viewer_certificate.ssl_support_method", "sni-only"), OneOf("viewer_certificate.minimum_protocol_version", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"))),
        new("WUM5143", "CloudFront sits behind a web firewall", [Distribution], ProductionOnly, ScannerIds.Of("CKV_AWS_68", "AVD-AWS-0011", "CloudFront.6"),
            "set web_acl_id to a WAFv2 web ACL with scope CLOUDFRONT", IsSet("web_acl_id")),
        new("WUM5144", "CloudFront logs access", [Distribution], ProductionOnly, ScannerIds.Of("CKV_AWS_86", "AVD-AWS-0010", "CloudFront.5"),
            "set logging_config.bucket", IsSet("logging_config.bucket")),
        new("WUM5145", "CloudFront reads its bucket through origin access control, with security headers", [Distribution], AllEnvironments, ScannerIds.Of("CKV2_AWS_46", "CloudFront.13", "CKV_AWS_305", "CloudFront.1", "CKV2_AWS_32"),
            "give every S3 origin an origin_access_control_id, set default_root_object and a response headers policy",
            That((r, _) => r.Blocks("origin").All(o => o["origin_access_control_id"] is not null) && r.IsSet("default_root_object") && r.IsSet("default_cache_behavior.response_headers_policy_id"), "an origin without access control, or no root object or headers policy", "origin")),
        new("WUM5151", "Web firewalls block known bad inputs and log", [WebAcl], ProductionOnly, ScannerIds.Of("CKV_AWS_192", "CKV_AWS_175", "CKV_AWS_342", "CKV2_AWS_31", "WAF.10"),
            $"include the managed rule group {KnownBadInputs} (override_action none) and connect a logging configuration",
            All(
                That((r, _) => r.Blocks("rule").Any(IsKnownBadInputs), $"the web ACL does not use {KnownBadInputs}", "rule"),
                That((r, stack) => stack.Referencing("aws_wafv2_web_acl_logging_configuration", r).Any(), "the web ACL has no logging configuration"))),
        new("WUM5152", "Certificates are replaced before they are destroyed", ["aws_acm_certificate"], AllEnvironments, ScannerIds.Of("CKV_AWS_233", "CKV_AWS_234"),
            "set lifecycle.create_before_destroy = true and leave certificate transparency logging enabled",
            All(IsTrue("lifecycle.create_before_destroy"), AbsentOrOneOf("options.certificate_transparency_logging_preference", "ENABLED"))),
    ];

    private static bool IsKnownBadInputs(JsonObject rule) =>
        rule["statement"] is JsonObject statement
        && statement["managed_rule_group_statement"] is JsonObject group
        && group["name"] is JsonString { Value: KnownBadInputs }
        && Strings.Items(rule["override_action"]).OfType<JsonObject>().Any(a => a["none"] is not null);
}
