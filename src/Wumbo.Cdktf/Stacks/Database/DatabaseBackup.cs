using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Production's AWS Backup of the database, beside RDS's own automated backups: a daily recovery point at
/// 05:00 UTC, kept 35 days, in a vault encrypted with the production key. Recovery points outlive the
/// instance itself, which automated backups do not.
/// </summary>
internal sealed class DatabaseBackup : Construct
{
    private const int RetentionDays = 35;

    public DatabaseBackup(Construct scope, string id, StackContext context, AwsDbInstance database)
        : base(scope, id)
    {
        var name = context.Names.Resource("database");
        var vault = new AwsBackupVault(this, "vault", new AwsBackupVaultConfig
        {
            Name = name,
            KmsKeyArn = context.KeyArn,
        });
        var plan = new AwsBackupPlan(this, "plan", new AwsBackupPlanConfig
        {
            Name = name,
            Rule =
            [
                new AwsBackupPlanRule
                {
                    RuleName = "daily",
                    TargetVaultName = vault.Name,
                    Schedule = "cron(0 5 * * ? *)",
                    StartWindow = 60,
                    CompletionWindow = 180,
                    Lifecycle = new AwsBackupPlanRuleLifecycle { DeleteAfter = RetentionDays },
                },
            ],
        });
        var role = ServiceRoles.Create(this, "role", context, context.Names.Resource("backup"), "backup.amazonaws.com", "AWS Backup takes and restores the database's recovery points");
        _ = ServiceRoles.Attach(this, "role-backup-policy", role, "service-role/AWSBackupServiceRolePolicyForBackup");
        _ = ServiceRoles.Attach(this, "role-restore-policy", role, "service-role/AWSBackupServiceRolePolicyForRestores");
        _ = new AwsBackupSelection(this, "selection", new AwsBackupSelectionConfig
        {
            Name = name,
            PlanId = plan.Id,
            IamRoleArn = role.Arn,
            Resources = [database.Arn],
        });
    }
}
