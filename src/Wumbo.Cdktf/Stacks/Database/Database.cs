using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's DatabaseStack: RDS for PostgreSQL in the isolated subnets, secure by default (SECURITY-RULES
/// D1-D14): encrypted, never public, TLS forced by its parameter group, IAM authentication on, minor versions
/// upgraded automatically, logs exported to log groups the stack owns (so they get a retention), backups kept
/// as the model says, and the master password generated and rotated by RDS in Secrets Manager: it never
/// exists in the repository, the JSON or the state. Production adds deletion protection, a final snapshot,
/// Performance Insights under the key, enhanced monitoring, and an AWS Backup plan.
/// </summary>
internal sealed class Database : Construct
{
    public const int Port = 5432;

    public Database(Construct scope, string id, StackContext context, Network network)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "database");
        var settings = context.Environment.Database;
        var names = context.Names;
        var production = context.Environment.IsProduction;
        SecurityGroup = SecurityGroups.Create(this, network, names.Resource("database"), "PostgreSQL, reached only from the tasks that use it");
        var subnets = new AwsDbSubnetGroup(this, "subnet-group", new AwsDbSubnetGroupConfig
        {
            Name = names.Database,
            Description = "The isolated subnets: no route to the internet",
            SubnetIds = network.SubnetIds(SubnetTier.Isolated),
        });
        var parameters = new AwsDbParameterGroup(this, "parameter-group", new AwsDbParameterGroupConfig
        {
            Name = names.Resource("postgres" + settings.EngineVersion),
            Family = "postgres" + settings.EngineVersion,
            Description = "Forces TLS for every connection (SECURITY-RULES D13)",
            Parameter = [new AwsDbParameterGroupParameter { Name = "rds.force_ssl", Value = "1" }],
        });
        ITerraformDependable[] logGroups =
        [
            LogGroups.Create(this, "postgresql-logs", context, $"/aws/rds/instance/{names.Database}/postgresql", context.Environment.Monitoring.LogRetentionDays),
            LogGroups.Create(this, "upgrade-logs", context, $"/aws/rds/instance/{names.Database}/upgrade", context.Environment.Monitoring.LogRetentionDays),
        ];
        var monitoringRole = production ? MonitoringRole(context) : null;

        Instance = new AwsDbInstance(this, "instance", new AwsDbInstanceConfig
        {
            Identifier = names.Database,
            Engine = "postgres",
            EngineVersion = settings.EngineVersion,
            InstanceClass = settings.InstanceClass,
            AllocatedStorage = settings.AllocatedStorageGb,
            MaxAllocatedStorage = settings.MaxAllocatedStorageGb,
            StorageType = "gp3",
            StorageEncrypted = true,
            KmsKeyId = context.KeyArn,
            DbName = settings.DatabaseName,
            Username = settings.MasterUsername,
            ManageMasterUserPassword = true,
            MasterUserSecretKmsKeyId = context.KeyArn,
            IamDatabaseAuthenticationEnabled = true,
            Port = Port,
            DbSubnetGroupName = subnets.Name,
            VpcSecurityGroupIds = [SecurityGroup.Id],
            ParameterGroupName = parameters.Name,
            PubliclyAccessible = false,
            MultiAz = settings.MultiAz,
            CaCertIdentifier = "rds-ca-rsa2048-g1",
            AutoMinorVersionUpgrade = true,
            AllowMajorVersionUpgrade = false,
            BackupRetentionPeriod = settings.BackupRetentionDays,
            BackupWindow = "03:00-04:00",
            MaintenanceWindow = "sun:04:30-sun:05:30",
            CopyTagsToSnapshot = true,
            EnabledCloudwatchLogsExports = ["postgresql", "upgrade"],
            DeletionProtection = settings.DeletionProtection,
            SkipFinalSnapshot = !production,
            FinalSnapshotIdentifier = production ? (TfString?)names.Resource("final") : null,
            PerformanceInsightsEnabled = settings.PerformanceInsights,
            PerformanceInsightsKmsKeyId = settings.PerformanceInsights ? context.KeyArn : null,
            PerformanceInsightsRetentionPeriod = settings.PerformanceInsights ? 7 : null,
            MonitoringInterval = monitoringRole is null ? 0 : 60,
            MonitoringRoleArn = monitoringRole?.Arn,
            DependsOn = logGroups,
        });
        ModelOrigin.Record(
            Instance,
            ("instance_class", "database.instance_class"),
            ("engine_version", "database.engine_version"),
            ("multi_az", "database.multi_az"),
            ("backup_retention_period", "database.backup_retention_days"),
            ("deletion_protection", "database.deletion_protection"),
            ("performance_insights_enabled", "database.performance_insights"),
            ("performance_insights_kms_key_id", "security.customer_managed_key"),
            ("kms_key_id", "security.customer_managed_key"));
        if (production)
        {
            _ = new DatabaseBackup(this, "backup", context, Instance);
        }
    }

    public AwsSecurityGroup SecurityGroup { get; }

    public AwsDbInstance Instance { get; }

    /// <summary>The secret RDS keeps the master credentials in (JSON keys <c>username</c> and <c>password</c>).</summary>
    public TfString MasterSecretArn => Instance.MasterUserSecret.Get(0).SecretArn;

    private AwsIamRole MonitoringRole(StackContext context)
    {
        var role = ServiceRoles.Create(this, "monitoring-role", context, context.Names.Resource("rds-monitoring"), "monitoring.rds.amazonaws.com", "RDS enhanced monitoring publishes OS metrics");
        _ = ServiceRoles.Attach(this, "monitoring-role-policy", role, "service-role/AmazonRDSEnhancedMonitoringRole");
        return role;
    }
}
