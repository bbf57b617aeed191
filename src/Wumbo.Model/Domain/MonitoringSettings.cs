using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("Alarms, their SNS topic and subscribers, and log retention.")]
public sealed record MonitoringSettings(
    [Description("SNS topic for CloudWatch alarms, for example development-family-budget-alarms.")]
    string AlarmTopicName,
    [Description("E-mail addresses subscribed to the alarm topic.")]
    ImmutableArray<EmailAddress> AlarmEmails,
    [Description("Days CloudWatch keeps application logs.")]
    [Range(1, 3653)]
    int LogRetentionDays,
    [Description("Alarm thresholds.")]
    AlarmThresholds Thresholds);

[Description("Thresholds at which alarms fire.")]
public sealed record AlarmThresholds(
    [Description("Service CPU utilisation, percent.")]
    [Range(1, 100)]
    int CpuPercent,
    [Description("Service memory utilisation, percent.")]
    [Range(1, 100)]
    int MemoryPercent,
    [Description("Load balancer 5xx responses per 5 minutes.")]
    [Range(1, 100000)]
    int Http5xxPerFiveMinutes,
    [Description("Database free storage, GB.")]
    [Range(1, 65536)]
    int DatabaseFreeStorageGb,
    [Description("Database connections.")]
    [Range(1, 100000)]
    int DatabaseConnections,
    [Description("Load balancer target response time, 95th percentile, milliseconds.")]
    [Range(1, 120000)]
    int TargetResponseTimeP95Ms);
