using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// What CI may do, and no more (SECURITY-RULES I2, I3, pitfall 10): push to this environment's repositories,
/// register task definitions and update this environment's services, run the migration task in its cluster,
/// and hand the tasks' roles to ECS. Only the actions AWS cannot scope to a resource get <c>*</c>.
/// </summary>
internal static class CiPermissions
{
    public static IReadOnlyList<PolicyStatement> Statements(StackContext context, IReadOnlyList<AwsEcrRepository> repositories, CiDeployTargets targets)
    {
        var cluster = context.Names.Cluster;
        return
        [
            PolicyStatement.Allow("LogInToEcr", ["ecr:GetAuthorizationToken"], "*"),
            PolicyStatement.Allow(
                "PushImages",
                ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:CompleteLayerUpload", "ecr:DescribeImages", "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"],
                [.. repositories.Select(r => r.Arn)]),
            PolicyStatement.Allow("RegisterTaskDefinitions", ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"], "*"),
            PolicyStatement.Allow(
                "DeployServices",
                ["ecs:DescribeServices", "ecs:UpdateService"],
                [.. targets.ServiceNames.Select(service => context.Arn("ecs", $"service/{cluster}/{service}"))]),
            new PolicyStatement
            {
                Sid = "RunTheMigration",
                Actions = ["ecs:RunTask"],
                Resources = [context.Arn("ecs", $"task-definition/{targets.MigrationFamily}:*")],
                Conditions = [new PolicyCondition("ArnEquals", "ecs:cluster", [context.Arn("ecs", "cluster/" + cluster)])],
            },
            PolicyStatement.Allow("WatchTheMigration", ["ecs:DescribeTasks"], context.Arn("ecs", $"task/{cluster}/*")),
            new PolicyStatement
            {
                Sid = "PassTaskRolesToEcs",
                Actions = ["iam:PassRole"],
                Resources = targets.PassedRoleArns,
                Conditions = [new PolicyCondition("StringEquals", "iam:PassedToService", ["ecs-tasks.amazonaws.com"])],
            },
        ];
    }
}
