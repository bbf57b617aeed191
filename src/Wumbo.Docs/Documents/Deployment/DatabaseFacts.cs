using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// The seed's DatabaseStack of one environment: the model's settings, and from the stack what production's tier
/// adds (the AWS Backup plan, enhanced monitoring's interval in seconds, 0 when off).
/// </summary>
public sealed record DatabaseFacts(
    string Identifier,
    string EngineVersion,
    string InstanceClass,
    bool Graviton,
    bool MultiAz,
    int StorageGb,
    int MaxStorageGb,
    int BackupRetentionDays,
    string BackupPlan,
    bool PerformanceInsights,
    int EnhancedMonitoringSeconds,
    bool DeletionProtection,
    string DatabaseName,
    string MasterUsername)
{
    public static DatabaseFacts From(EnvironmentModel model, StackFacts stack)
    {
        var database = model.Database;
        var instance = stack.Resources("aws_db_instance").Single();
        return new(
            model.Names.Database,
            database.EngineVersion,
            database.InstanceClass,
            database.RequireGraviton,
            database.MultiAz,
            database.AllocatedStorageGb,
            database.MaxAllocatedStorageGb,
            database.BackupRetentionDays,
            stack.Texts("aws_backup_plan", "name").SingleOrDefault() ?? string.Empty,
            database.PerformanceInsights,
            (int)(instance.Number("monitoring_interval") ?? 0),
            database.DeletionProtection,
            database.DatabaseName,
            database.MasterUsername);
    }
}
