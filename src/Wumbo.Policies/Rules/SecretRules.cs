using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>Secrets Manager secrets (SECURITY-RULES M1-M3).</summary>
internal static partial class SecretRules
{
    private const string Secret = "aws_secretsmanager_secret";
    private const string Rotation = "aws_secretsmanager_secret_rotation";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5091", "Secrets are encrypted with a customer-managed key", [Secret], ProductionOnly, ScannerIds.Of("CKV_AWS_149", "AVD-AWS-0098"),
            "set security.customer_managed_key: true so kms_key_id names the environment's key",
            That((r, _) => r.IsSet("kms_key_id") && !r.Text("kms_key_id")!.Contains("aws/", StringComparison.Ordinal), "kms_key_id is unset or an AWS-managed key", "kms_key_id")),
        new("WUM5092", "Secrets are rotated", [Secret], ProductionOnly, ScannerIds.Of("CKV2_AWS_57", "SecretsManager.1"),
            "add a rotation (aws_secretsmanager_secret_rotation), or waive the rule for a key the application cannot rotate",
            That((r, stack) => stack.Referencing(Rotation, r).Any(), "the secret has no rotation")),
        new("WUM5093", "Secrets are rotated within 90 days", [Rotation], ProductionOnly, ScannerIds.Of("CKV_AWS_304", "SecretsManager.4"),
            "set rotation_rules.automatically_after_days to 90 or less",
            That((r, _) => r.Number("rotation_rules.automatically_after_days") is <= 90 || WithinNinetyDays(r.Text("rotation_rules.schedule_expression")), "rotation is less often than every 90 days", "rotation_rules")),
    ];

    private static bool WithinNinetyDays(string? schedule) =>
        schedule is not null
        && (schedule.StartsWith("cron(", StringComparison.Ordinal)
            || (Rate().Match(schedule) is { Success: true } rate && int.Parse(rate.Groups["days"].Value, CultureInfo.InvariantCulture) <= 90));

    [GeneratedRegex(@"^rate\((?<days>\d+) days?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();
}
