using System.Collections.Immutable;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>KMS keys and the SNS alarm topic (SECURITY-RULES K1-K3, N1-N2).</summary>
internal static class KeyAndTopicRules
{
    private const string Key = "aws_kms_key";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5101", "Keys rotate automatically", [Key], AllEnvironments, ScannerIds.Of("CKV_AWS_7", "AVD-AWS-0065", "KMS.4"),
            "set enable_key_rotation = true", When(r => r.Text("key_usage") is null or "ENCRYPT_DECRYPT", IsTrue("enable_key_rotation"))),
        new("WUM5102", "Keys have a policy that names its principals", [Key], AllEnvironments, ScannerIds.Of("CKV2_AWS_64", "CKV_AWS_33", "KMS.5"),
            "write the key policy; scope service grants with aws:SourceAccount or aws:SourceArn",
            All(IsSet("policy"), NoPublicStatement("policy"))),
        new("WUM5103", "Keys are protected against deletion", [Key], ProductionOnly, ScannerIds.Of("CKV_AWS_227", "KMS.3"),
            "set deletion_window_in_days = 30 and leave is_enabled unset or true",
            That((r, _) => r.Number("deletion_window_in_days") == 30 && r.Bool("is_enabled") != false, "deletion_window_in_days is not 30, or the key is disabled", "deletion_window_in_days")),
        new("WUM5111", "The alarm topic is encrypted with a customer-managed key", ["aws_sns_topic"], ProductionOnly, ScannerIds.Of("CKV_AWS_26", "AVD-AWS-0095", "AVD-AWS-0136", "SNS.1"),
            "set security.customer_managed_key: true; the key policy must let CloudWatch use it (an AWS-managed key silences alarms)",
            That((r, _) => r.IsSet("kms_master_key_id") && r.Text("kms_master_key_id") != "alias/aws/sns", "kms_master_key_id is unset or the AWS-managed key", "kms_master_key_id")),
        new("WUM5112", "Topic policies are not public", ["aws_sns_topic_policy"], AllEnvironments, ScannerIds.Of("CKV_AWS_169", "SNS.4"),
            "allow cloudwatch.amazonaws.com to publish, limited by aws:SourceAccount or aws:SourceArn", NoPublicStatement("policy")),
    ];
}
