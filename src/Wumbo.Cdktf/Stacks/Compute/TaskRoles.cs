using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The role a task's containers act as, one per service (SECURITY-RULES C6), with no more than it needs:
/// connect to the cache as the app user (IAM authentication), and, for the API and the worker, send e-mail
/// from the model's address through the SES identity, which retires the access keys of the seed's
/// <c>aws</c> secret.
/// </summary>
internal static class TaskRoles
{
    public static AwsIamRole Create(Construct scope, StackContext context, string name, string description, Cache? cache, bool sendsEmail)
    {
        var role = ServiceRoles.Create(scope, "task-role", context, name, "ecs-tasks.amazonaws.com", description);
        var statements = new List<PolicyStatement>();
        if (cache is not null)
        {
            statements.Add(PolicyStatement.Allow("ConnectToTheCache", ["elasticache:Connect"], cache.ReplicationGroup.Arn, cache.Users.App.Arn));
        }

        if (sendsEmail)
        {
            var email = context.Environment.Email;
            statements.Add(new PolicyStatement
            {
                Sid = "SendEmail",
                Actions = ["ses:SendEmail", "ses:SendRawEmail"],
                Resources = [context.Arn("ses", "identity/" + email.Domain)],
                Conditions = [new PolicyCondition("StringEquals", "ses:FromAddress", [email.FromAddress.Value])],
            });
        }

        if (statements.Count > 0)
        {
            _ = ServiceRoles.Grant(scope, "task-role-policy", role, statements);
        }

        return role;
    }
}
