using System.Collections.Immutable;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>Alarms, Container Insights, and the logs the log groups and the VPC flow logs take in and keep.</summary>
internal static class ObservabilityCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        // Each alarm watches one metric (none uses metric math); a period under a minute makes it high resolution.
        new("aws_cloudwatch_metric_alarm", "alarm-months",
            a => IsHighResolution(a) ? "Alarm, high resolution" : "Alarm, standard resolution",
            a => IsHighResolution(a) ? "cloudwatch-alarm-high-resolution-month" : "cloudwatch-alarm-standard-month",
            _ => Exactly(1)),

        // Billed per metric and per GB of performance logs; PRICING.md gives a budget ($10–25), not a unit price.
        new("aws_ecs_cluster", "cluster-months", _ => "Container Insights metrics and performance logs", _ => null, _ => Exactly(1))
        {
            AppliesTo = cluster => cluster.Setting("setting", "containerInsights") is "enabled" or "enhanced",
        },
    ];

    public static ImmutableArray<UsageCharge> Usage { get; } =
    [
        new("aws_cloudwatch_log_group", "GB", "Logs ingested by the log groups (flow logs excepted)", "cloudwatch-logs-ingestion-gb", u => u.LogIngestedGb),
        new("aws_cloudwatch_log_group", "GB-months", "Logs stored by the log groups", "cloudwatch-logs-storage-gb-month", u => u.LogStoredGb),

        // Flow logs delivered to CloudWatch Logs are vended logs, priced apart from what applications write.
        new("aws_flow_log", "GB", "Flow logs delivered to CloudWatch Logs (vended logs)", "cloudwatch-vended-logs-gb", u => u.FlowLogIngestedGb)
        {
            AppliesTo = f => (f.Text("log_destination_type") ?? "cloud-watch-logs") == "cloud-watch-logs",
        },
    ];

    private static bool IsHighResolution(ChargedResource alarm) => alarm.Number("period") < 60m;
}
