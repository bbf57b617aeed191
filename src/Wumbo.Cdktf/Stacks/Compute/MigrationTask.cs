using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The database migration as a one-off task (the deployment summary's TODO): <c>alembic upgrade head</c> from
/// the migration image, with the database credentials and nothing else: its role has no permissions, and its
/// security group reaches only the database and HTTPS. <see cref="RunCommand"/> is the <c>aws ecs run-task</c>
/// call that starts it, which CI runs before it deploys the services.
/// </summary>
internal sealed class MigrationTask : Construct
{
    public MigrationTask(Construct scope, string id, StackContext context, ContainerSettings containers, ComputeDependencies dependencies)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "compute.migration");
        var names = context.Names;
        var migration = context.Environment.Compute.Migration;
        LogGroup = LogGroups.Create(this, "log-group", context, names.MigrationLogGroup, context.Environment.Monitoring.LogRetentionDays);
        var securityGroup = SecurityGroups.Create(this, dependencies.Network, names.Migration, "The database migration task");
        _ = SecurityGroupRules.AllowTcpTo(this, "https-out", securityGroup, "0.0.0.0/0", 443, "HTTPS to AWS APIs: ECR, Secrets Manager and CloudWatch Logs");
        SecurityGroupRules.AllowTcp(this, "to-database", securityGroup, dependencies.Database.SecurityGroup, Database.Port, "PostgreSQL from the migration task");
        TaskRole = TaskRoles.Create(this, context, names.Resource("migration-task"), "The migration container: it needs no AWS permission", cache: null, sendsEmail: false);
        var spec = new ContainerSpec("migration", migration.ImageRepository, migration.Command, null, LogGroup, [], UsesDatabase: true, UsesCache: false, SendsEmail: false);
        var taskDefinition = TaskDefinitions.Create(this, "task-definition", context, names.Migration, migration.Cpu, migration.Memory, TaskRole, containers.ExecutionRole, containers.Definitions(spec));

        var subnets = Fn.Join(",", dependencies.Network.SubnetIds(SubnetTier.Private));
        RunCommand = Tf.Template(
            $"aws ecs run-task --region {context.Region} --cluster {names.Cluster} --task-definition {taskDefinition.Family} --launch-type FARGATE --network-configuration 'awsvpcConfiguration={{subnets=[{subnets}],securityGroups=[{securityGroup.Id}],assignPublicIp=DISABLED}}'");
    }

    public AwsCloudwatchLogGroup LogGroup { get; }

    public AwsIamRole TaskRole { get; }

    public TfString RunCommand { get; }
}
