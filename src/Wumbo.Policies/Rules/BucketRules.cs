using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>
/// S3 buckets, checked through the resources the AWS provider splits a bucket's settings into
/// (SECURITY-RULES B1-B5).
/// </summary>
internal static class BucketRules
{
    private const string Bucket = "aws_s3_bucket";

    private static readonly string[] PublicAccessFlags = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5131", "Buckets block public access", [Bucket], AllEnvironments, ScannerIds.Of("CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094", "S3.8"),
            "add aws_s3_bucket_public_access_block with all four flags true",
            Connected("aws_s3_bucket_public_access_block", b => PublicAccessFlags.All(f => b.Bool(f) == true), "no public access block with all four flags true")),
        new("WUM5132", "Buckets encrypt by default", [Bucket], AllEnvironments, ScannerIds.Of("CKV_AWS_19"),
            "add aws_s3_bucket_server_side_encryption_configuration (AES256 or aws:kms)",
            Connected("aws_s3_bucket_server_side_encryption_configuration", c => Algorithm(c) is "AES256" or "aws:kms" or "aws:kms:dsse", "no default encryption")),
        new("WUM5133", "Buckets encrypt with a customer-managed key", [Bucket], ProductionOnly, ScannerIds.Of("CKV_AWS_145", "AVD-AWS-0132"),
            "encrypt with aws:kms and the environment's key, or waive the rule for a bucket a service can only write with SSE-S3 (load balancer logs)",
            Connected("aws_s3_bucket_server_side_encryption_configuration", c => Algorithm(c) is "aws:kms" or "aws:kms:dsse" && c.IsSet("rule.apply_server_side_encryption_by_default.kms_master_key_id"), "not encrypted with a customer-managed key")),
        new("WUM5134", "Buckets keep versions and expire them", [Bucket], AllEnvironments, ScannerIds.Of("CKV_AWS_21", "CKV2_AWS_61", "CKV_AWS_300", "AVD-AWS-0090", "S3.10", "S3.13"),
            "enable versioning and add a lifecycle configuration that expires noncurrent versions and aborts incomplete uploads",
            All(
                Connected("aws_s3_bucket_versioning", v => v.Text("versioning_configuration.status") == "Enabled", "versioning is not enabled"),
                Connected("aws_s3_bucket_lifecycle_configuration", _ => true, "no lifecycle configuration"))),
        new("WUM5135", "Buckets log access", [Bucket], ProductionOnly, ScannerIds.Of("CKV_AWS_18", "AVD-AWS-0089", "S3.9"),
            "add aws_s3_bucket_logging to a log bucket, or waive the rule for the log bucket itself",
            Connected("aws_s3_bucket_logging", _ => true, "no access logging")),
        new("WUM5136", "Buckets refuse ACLs and plain HTTP", [Bucket], AllEnvironments, ScannerIds.Of("CKV2_AWS_65", "S3.12", "S3.5"),
            "set object ownership to BucketOwnerEnforced and deny requests where aws:SecureTransport is false",
            All(
                Connected("aws_s3_bucket_ownership_controls", o => o.Text("rule.object_ownership") == "BucketOwnerEnforced", "ACLs are not disabled"),
                Connected("aws_s3_bucket_policy", p => PolicyDocuments.Statements(p.Document("policy")).Any(DeniesPlainHttp), "no statement denies plain HTTP"))),
    ];

    /// <summary>Passes when some resource of <paramref name="type"/> configures this bucket and satisfies <paramref name="passes"/>.</summary>
    private static ResourceCheck Connected(string type, Func<StackResource, bool> passes, string problem) =>
        That((bucket, stack) => stack.Referencing(type, bucket).Any(passes), problem);

    private static string? Algorithm(StackResource configuration) =>
        configuration.Text("rule.apply_server_side_encryption_by_default.sse_algorithm");

    private static bool DeniesPlainHttp(JsonObject statement) =>
        statement["Effect"] is JsonString { Value: "Deny" }
        && statement["Condition"] is JsonObject condition
        && condition["Bool"] is JsonObject test
        && Strings.Of(test["aws:SecureTransport"]).Contains("false");
}
