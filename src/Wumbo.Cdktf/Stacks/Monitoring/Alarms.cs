using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// CloudWatch alarms at the model's thresholds, each notifying the topic when it fires and when it clears
/// (SECURITY-RULES L4): load balancer 5xx and target response time; CPU and memory of every service; the
/// database's CPU, free storage and connections; the cache nodes' engine CPU and memory. Missing data (a
/// quiet night, a service scaled to zero) is not an alarm.
/// </summary>
internal sealed class Alarms : Construct
{
    private const int FiveMinutes = 300;

    private readonly AwsSnsTopic _topic;

    public Alarms(Construct scope, string id, StackContext context, AwsSnsTopic topic, MonitoredResources monitored)
        : base(scope, id)
    {
        _topic = topic;
        var thresholds = context.Environment.Monitoring.Thresholds;
        var lb = monitored.LoadBalancer;

        var names = context.Names;
        Alarm("alb-5xx", names.Resource("alb-5xx"), "The load balancer answered with 5xx (no healthy API task, or an error before the API)", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count",
            Dimensions(("LoadBalancer", lb.Alb.ArnSuffix)), "Sum", thresholds.Http5xxPerFiveMinutes, "GreaterThanOrEqualToThreshold");
        Alarm("api-5xx", names.Resource("api-5xx"), "The API answered with 5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
            Dimensions(("LoadBalancer", lb.Alb.ArnSuffix), ("TargetGroup", lb.TargetGroup.ArnSuffix)), "Sum", thresholds.Http5xxPerFiveMinutes, "GreaterThanOrEqualToThreshold");
        Alarm("api-response-time", names.Resource("api-response-time"), $"The API's 95th-percentile response time is above {thresholds.TargetResponseTimeP95Ms} ms", "AWS/ApplicationELB", "TargetResponseTime",
            Dimensions(("LoadBalancer", lb.Alb.ArnSuffix), ("TargetGroup", lb.TargetGroup.ArnSuffix)), null, thresholds.TargetResponseTimeP95Ms / 1000.0, "GreaterThanThreshold", extendedStatistic: "p95");

        foreach (var service in monitored.Services)
        {
            var name = names.Service(service.Definition);
            var dimensions = Dimensions(("ClusterName", monitored.Cluster.Name), ("ServiceName", service.Service.Name));
            Alarm($"{service.Definition.Name}-cpu", name + "-cpu", $"{name} uses more than {thresholds.CpuPercent} % CPU", "AWS/ECS", "CPUUtilization", dimensions, "Average", thresholds.CpuPercent, "GreaterThanThreshold");
            Alarm($"{service.Definition.Name}-memory", name + "-memory", $"{name} uses more than {thresholds.MemoryPercent} % memory", "AWS/ECS", "MemoryUtilization", dimensions, "Average", thresholds.MemoryPercent, "GreaterThanThreshold");
        }

        var database = Dimensions(("DBInstanceIdentifier", monitored.Database.Instance.Identifier));
        Alarm("database-cpu", names.Resource("database-cpu"), $"The database uses more than {thresholds.CpuPercent} % CPU", "AWS/RDS", "CPUUtilization", database, "Average", thresholds.CpuPercent, "GreaterThanThreshold");
        Alarm("database-free-storage", names.Resource("database-free-storage"), $"The database has less than {thresholds.DatabaseFreeStorageGb} GB free", "AWS/RDS", "FreeStorageSpace",
            database, "Minimum", thresholds.DatabaseFreeStorageGb * 1024.0 * 1024 * 1024, "LessThanThreshold");
        Alarm("database-connections", names.Resource("database-connections"), $"The database has more than {thresholds.DatabaseConnections} connections", "AWS/RDS", "DatabaseConnections",
            database, "Maximum", thresholds.DatabaseConnections, "GreaterThanThreshold");

        var nodes = Cache.NodeIds(context).ToList();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var dimensions = Dimensions(("CacheClusterId", node));
            Alarm($"cache-node-{n + 1}-cpu", node + "-cpu", $"Cache node {node} uses more than {thresholds.CpuPercent} % engine CPU", "AWS/ElastiCache", "EngineCPUUtilization", dimensions, "Average", thresholds.CpuPercent, "GreaterThanThreshold");
            Alarm($"cache-node-{n + 1}-memory", node + "-memory", $"Cache node {node} uses more than {thresholds.MemoryPercent} % of its memory", "AWS/ElastiCache", "DatabaseMemoryUsagePercentage", dimensions, "Average", thresholds.MemoryPercent, "GreaterThanThreshold");
        }
    }

    private static TfMap<TfString> Dimensions(params ReadOnlySpan<(string Name, TfString Value)> dimensions)
    {
        var members = new List<KeyValuePair<string, TfString>>();
        foreach (var (name, value) in dimensions)
        {
            members.Add(new(name, value));
        }

        return TfMap.From(members);
    }

    // Two of three five-minute periods above the threshold: a single spike does not page anyone.
    private void Alarm(
        string id, string alarmName, string description, string @namespace, string metric, TfMap<TfString> dimensions,
        string? statistic, double threshold, string comparison, string? extendedStatistic = null) =>
        _ = new AwsCloudwatchMetricAlarm(this, id, new AwsCloudwatchMetricAlarmConfig
        {
            AlarmName = alarmName,
            AlarmDescription = description,
            Namespace = @namespace,
            MetricName = metric,
            Dimensions = dimensions,
            Statistic = statistic is null ? null : (TfString?)statistic,
            ExtendedStatistic = extendedStatistic is null ? null : (TfString?)extendedStatistic,
            Period = FiveMinutes,
            EvaluationPeriods = 3,
            DatapointsToAlarm = 2,
            Threshold = threshold,
            ComparisonOperator = comparison,
            TreatMissingData = "notBreaching",
            ActionsEnabled = true,
            AlarmActions = [_topic.Arn],
            OkActions = [_topic.Arn],
        });
}
