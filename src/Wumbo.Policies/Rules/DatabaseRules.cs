using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>RDS for PostgreSQL (SECURITY-RULES D1-D14).</summary>
internal static class DatabaseRules
{
    private const string Instance = "aws_db_instance";

    private static readonly string[] CurrentCertificates = ["rds-ca-rsa2048-g1", "rds-ca-rsa4096-g1", "rds-ca-ecc384-g1"];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5001", "Database storage is encrypted at rest", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_16", "AVD-AWS-0080", "RDS.3"),
            "set storage_encrypted = true; it can only be set when the instance is created", IsTrue("storage_encrypted")),
        new("WUM5002", "Database is not publicly accessible", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_17", "AVD-AWS-0180", "RDS.2"),
            "set publicly_accessible = false and place the instance in isolated subnets", NotTrue("publicly_accessible")),
        new("WUM5003", "Database backups are kept 7 to 35 days", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_133", "AVD-AWS-0077", "RDS.11"),
            "set database.backup_retention_days between 7 and 35", Between("backup_retention_period", 7, 35)),
        new("WUM5004", "Database deletion protection is on", [Instance], ProductionOnly, ScannerIds.Of("CKV_AWS_293", "AVD-AWS-0177", "RDS.8"),
            "set database.deletion_protection: true", IsTrue("deletion_protection")),
        new("WUM5005", "Database IAM authentication is on", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_161", "AVD-AWS-0176", "RDS.10"),
            "set iam_database_authentication_enabled = true", IsTrue("iam_database_authentication_enabled")),
        new("WUM5006", "Database minor versions are upgraded automatically", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_226", "RDS.13"),
            "set auto_minor_version_upgrade = true explicitly and pin only the major engine version", IsTrue("auto_minor_version_upgrade")),
        new("WUM5007", "Database logs are exported to CloudWatch", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_129", "RDS.9"),
            "export the postgresql and upgrade logs (enabled_cloudwatch_logs_exports)", IsSet("enabled_cloudwatch_logs_exports")),
        new("WUM5008", "Database enhanced monitoring is on", [Instance], ProductionOnly, ScannerIds.Of("CKV_AWS_118", "RDS.6"),
            "set monitoring_interval to 60 with a monitoring role", That((r, _) => r.Number("monitoring_interval") is 1 or 5 or 10 or 15 or 30 or 60, "monitoring_interval is not one of 1, 5, 10, 15, 30, 60", "monitoring_interval")),
        new("WUM5009", "Database is Multi-AZ", [Instance], ProductionOnly, ScannerIds.Of("CKV_AWS_157", "RDS.5"),
            "set database.multi_az: true", IsTrue("multi_az")),
        new("WUM5010", "Database tags are copied to snapshots", [Instance], AllEnvironments, ScannerIds.Of("CKV2_AWS_60", "RDS.17"),
            "set copy_tags_to_snapshot = true", IsTrue("copy_tags_to_snapshot")),
        new("WUM5011", "Database Performance Insights is on", [Instance], ProductionOnly, ScannerIds.Of("CKV_AWS_353", "AVD-AWS-0133"),
            "set database.performance_insights: true (the 7-day tier is free)", IsTrue("performance_insights_enabled")),
        new("WUM5012", "Database Performance Insights is encrypted with a customer-managed key", [Instance], ProductionOnly, ScannerIds.Of("CKV_AWS_354", "AVD-AWS-0078"),
            "set performance_insights_kms_key_id to the environment's key (security.customer_managed_key: true)",
            When(r => r.Bool("performance_insights_enabled") == true, IsSet("performance_insights_kms_key_id"))),
        new("WUM5013", "Database connections must use TLS", ["aws_db_parameter_group"], AllEnvironments, ScannerIds.Of("CKV2_AWS_69"),
            "set the parameter rds.force_ssl = 1 in the instance's parameter group",
            When(r => r.Text("family")?.StartsWith("postgres", StringComparison.Ordinal) == true,
                That((r, _) => r.Blocks("parameter").Any(p => p["name"] is JsonString { Value: "rds.force_ssl" } && p["value"] is JsonString { Value: "1" }), "rds.force_ssl is not set to 1", "parameter"))),
        new("WUM5014", "Database uses a current CA certificate", [Instance], AllEnvironments, ScannerIds.Of("CKV_AWS_211"),
            "set ca_cert_identifier to rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 or rds-ca-ecc384-g1", AbsentOrOneOf("ca_cert_identifier", CurrentCertificates)),
    ];
}
