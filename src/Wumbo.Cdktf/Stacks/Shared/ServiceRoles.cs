using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// IAM roles that an AWS service assumes, and their inline policies. Every trust policy names one service and
/// holds it to this account (<c>aws:SourceAccount</c>), the guard against the confused-deputy problem
/// (SECURITY-RULES I5: no role is assumable by anyone else).
/// </summary>
internal static class ServiceRoles
{
    public static AwsIamRole Create(Construct scope, string id, StackContext context, string name, string service, string description) =>
        new(scope, id, new AwsIamRoleConfig
        {
            Name = name,
            Description = description,
            AssumeRolePolicy = PolicyDocument.Json(new PolicyStatement
            {
                Principal = PolicyPrincipal.Service(service),
                Actions = ["sts:AssumeRole"],
                Conditions = [new PolicyCondition("StringEquals", "aws:SourceAccount", [context.AccountId])],
            }),
        });

    /// <summary>An inline policy named after the role, so that it goes when the role goes.</summary>
    public static AwsIamRolePolicy Grant(Construct scope, string id, AwsIamRole role, params IReadOnlyList<PolicyStatement> statements) =>
        new(scope, id, new AwsIamRolePolicyConfig
        {
            Role = role.Name,
            Name = role.Name,
            Policy = PolicyDocument.Json(statements),
        });

    /// <summary>An AWS-managed policy, for the service roles AWS documents that way (RDS monitoring, AWS Backup).</summary>
    public static AwsIamRolePolicyAttachment Attach(Construct scope, string id, AwsIamRole role, string managedPolicy) =>
        new(scope, id, new AwsIamRolePolicyAttachmentConfig
        {
            Role = role.Name,
            PolicyArn = "arn:aws:iam::aws:policy/" + managedPolicy,
        });

    /// <summary>The ARNs and their <c>:*</c> children (log streams of a log group, for example).</summary>
    public static IReadOnlyList<TfString> WithChildren(params IEnumerable<TfString> arns) =>
        [.. arns.SelectMany(arn => new[] { arn, Tf.Template($"{arn}:*") })];
}
