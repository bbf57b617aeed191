using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>IAM roles, their policies and trust, and the CI principal (SECURITY-RULES I1-I5).</summary>
internal static class IamRules
{
    private const string GithubSubject = "token.actions.githubusercontent.com:sub";

    private static readonly string[] PolicyTypes = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_group_policy", "aws_iam_user_policy"];

    // Actions AWS cannot scope to a resource, so "Resource": "*" is the only way to grant them.
    private static readonly string[] UnscopedActions = ["ecr:GetAuthorizationToken", "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition", "sts:GetCallerIdentity", "cloudwatch:PutMetricData", "xray:PutTraceSegments", "xray:PutTelemetryRecords"];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5121", "No policies are attached to users", ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"], AllEnvironments, ScannerIds.Of("CKV_AWS_40", "AVD-AWS-0143", "IAM.2"),
            "grant permissions to a role (or a group), never to a user directly",
            That((r, _) => r.Type == "aws_iam_policy_attachment" && !r.IsSet("users"), "a policy is attached to a user", "users")),
        new("WUM5122", "Policies grant no wildcard actions", [.. PolicyTypes], AllEnvironments, ScannerIds.Of("CKV_AWS_62", "CKV_AWS_63", "IAM.1", "IAM.21"),
            "list the actions the principal needs instead of \"*\" or \"service:*\"",
            That((r, _) => !PolicyDocuments.Allows(r.Document("policy")).SelectMany(s => PolicyDocuments.Values(s, "Action")).Any(a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal)), "a statement allows every action (of a service)", "policy")),
        new("WUM5123", "Policies scope resources wherever AWS allows", [.. PolicyTypes], AllEnvironments, ScannerIds.Of("CKV_AWS_355", "CKV_AWS_290"),
            "name the resources (ARNs) each statement acts on; \"*\" only for actions AWS cannot scope, in a statement of their own",
            That((r, _) => PolicyDocuments.Allows(r.Document("policy")).All(s => !PolicyDocuments.Values(s, "Resource").Contains("*") || PolicyDocuments.Values(s, "Action").All(a => UnscopedActions.Contains(a, StringComparer.Ordinal))), "a statement grants scopable actions on \"*\"", "policy")),
        new("WUM5124", "CI assumes a role pinned to the repository, not a user", ["aws_iam_user", "aws_iam_user_login_profile", "aws_iam_role"], AllEnvironments, ScannerIds.Of("CKV_AWS_273", "CKV2_AWS_22", "CKV_AWS_358"),
            "let CI assume a GitHub OIDC role whose trust policy pins token.actions.githubusercontent.com:sub to the repository and branch",
            That((r, _) => r.Type == "aws_iam_role" && PolicyDocuments.Allows(r.Document("assume_role_policy")).All(s => !IsGithubTrust(s) || PolicyDocuments.ConditionKeys(s).Contains(GithubSubject)), "an IAM user, or a GitHub OIDC trust without a subject condition", "assume_role_policy")),
        new("WUM5125", "Roles are not assumable by anyone", ["aws_iam_role"], AllEnvironments, ScannerIds.Of("CKV_AWS_60", "CKV_AWS_61"),
            "name the service or account that assumes the role", NoPublicStatement("assume_role_policy")),
    ];

    private static bool IsGithubTrust(JsonObject statement) =>
        PolicyDocuments.Values(statement, "Action").Contains("sts:AssumeRoleWithWebIdentity")
        && PolicyDocuments.ConditionKeys(statement).Any(k => k.StartsWith("token.actions.githubusercontent.com", StringComparison.Ordinal));
}
