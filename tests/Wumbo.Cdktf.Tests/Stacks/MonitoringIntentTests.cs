using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The alarm topic, its subscribers, and the alarms that notify it.</summary>
public sealed class MonitoringIntentTests
{
    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Alarms_go_to_the_seed_s_topic_and_its_subscribers_by_e_mail(string environment)
    {
        var stack = WumboStacks.For(environment);

        var topic = stack.HasResourceWithProperties("aws_sns_topic", new { name = $"{environment}-family-budget-alarms" });
        stack.HasResourceWithProperties("aws_sns_topic_subscription", new { protocol = "email", endpoint = "alerts@wumbo.app", topic_arn = $"${{{topic.Address}.arn}}" });
        stack.HasResourceWithProperties("aws_sns_topic_policy", new { arn = $"${{{topic.Address}.arn}}" });
        stack.EveryResourceHasProperties("aws_cloudwatch_metric_alarm", new
        {
            actions_enabled = true,
            alarm_actions = new[] { $"${{{topic.Address}.arn}}" },
            ok_actions = new[] { $"${{{topic.Address}.arn}}" },
            treat_missing_data = "notBreaching",
        });
    }

    [Theory]
    [InlineData("development", 1)]
    [InlineData("production", 2)]
    public void Every_watched_metric_has_an_alarm(string environment, int cacheNodes)
    {
        var stack = WumboStacks.For(environment);
        var metrics = stack.Resources("aws_cloudwatch_metric_alarm").Select(a => a["metric_name"]!.Value.GetString()).ToList();

        Assert.Equal(1, metrics.Count(m => m == "HTTPCode_ELB_5XX_Count"));
        Assert.Equal(1, metrics.Count(m => m == "HTTPCode_Target_5XX_Count"));
        Assert.Equal(1, metrics.Count(m => m == "TargetResponseTime"));
        Assert.Equal(4, metrics.Count(m => m == "CPUUtilization"));
        Assert.Equal(3, metrics.Count(m => m == "MemoryUtilization"));
        Assert.Equal(1, metrics.Count(m => m == "FreeStorageSpace"));
        Assert.Equal(1, metrics.Count(m => m == "DatabaseConnections"));
        Assert.Equal(cacheNodes, metrics.Count(m => m == "EngineCPUUtilization"));
        Assert.Equal(cacheNodes, metrics.Count(m => m == "DatabaseMemoryUsagePercentage"));
        stack.HasResourceWithProperties("aws_cloudwatch_metric_alarm", new { metric_name = "TargetResponseTime", extended_statistic = "p95", threshold = 1.0, statistic = Match.Absent });
        stack.HasResourceWithProperties("aws_cloudwatch_metric_alarm", new { alarm_name = $"{environment}-wumbo-worker-memory", dimensions = new { ClusterName = Match.Present, ServiceName = Match.Present } });
    }
}
