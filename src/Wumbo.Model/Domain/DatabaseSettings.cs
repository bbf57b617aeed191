using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("RDS for PostgreSQL.")]
public sealed record DatabaseSettings(
    [Description("Engine major version; only PostgreSQL 16 is supported.")]
    string EngineVersion,
    [Description("Instance class, for example db.t4g.micro.")]
    string InstanceClass,
    [Description("Require a Graviton (ARM) instance family (t4g, m7g, r7g, ...).")]
    bool RequireGraviton,
    [Description("Run a standby in a second availability zone.")]
    bool MultiAz,
    [Description("Allocated gp3 storage in GB.")]
    [Range(20, 65536)]
    int AllocatedStorageGb,
    [Description("Upper bound for storage autoscaling in GB.")]
    [Range(20, 65536)]
    int MaxAllocatedStorageGb,
    [Description("Days of automated backups (7 or more, per the security rules).")]
    [Range(1, 35)]
    int BackupRetentionDays,
    [Description("Enable Performance Insights (free 7-day tier).")]
    bool PerformanceInsights,
    [Description("Refuse deletion of the instance.")]
    bool DeletionProtection,
    [Description("Name of the application database.")]
    string DatabaseName,
    [Description("Master user name; its password is generated and rotated by RDS in Secrets Manager, never written anywhere.")]
    [RegularExpression("^[a-z][a-z0-9_]{0,15}$")]
    string MasterUsername);
