using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>AWS Backup, and the web app's Amplify hosting (the project's own rules where the scanners have none).</summary>
internal static class BackupAndHostingRules
{
    private static readonly string[] SensitiveNameParts = ["password", "secret", "token", "private_key", "api_key"];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5161", "Backup vaults are encrypted with a customer-managed key", ["aws_backup_vault"], ProductionOnly, ScannerIds.Of("CKV_AWS_166"),
            "set kms_key_arn to the environment's key", IsSet("kms_key_arn")),
        new("WUM5162", "Backups are kept at least a week", ["aws_backup_plan"], AllEnvironments, ScannerIds.Of(),
            "set every rule's lifecycle.delete_after to 7 days or more",
            That((r, _) => r.Blocks("rule").All(rule => rule["lifecycle"] is JsonObject l && l["delete_after"] is JsonNumber { Value: >= 7 }), "a backup rule keeps recovery points less than 7 days", "rule")),
        new("WUM5171", "The web app's build settings hold no secrets", ["aws_amplify_app", "aws_amplify_branch"], AllEnvironments, ScannerIds.Of(),
            "keep secrets out of environment_variables (they are visible in the Amplify console and the browser bundle) and basic_auth_credentials",
            That((r, _) => !r.IsSet("basic_auth_credentials") && !((r.Get("environment_variables") as JsonObject)?.Members.Keys.Any(IsSensitive) ?? false), "a build variable's name says it holds a secret, or basic auth credentials are written", "environment_variables")),
    ];

    private static bool IsSensitive(string name) =>
        SensitiveNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
