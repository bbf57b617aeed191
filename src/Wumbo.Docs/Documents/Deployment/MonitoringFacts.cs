using System.Collections.Immutable;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// The seed's MonitoringStack of one environment: the alarm topic (from <see cref="EnvironmentNames"/>) and its
/// subscribers, the alarms as the stack defines them (sorted by name), and every log group of the stack.
/// </summary>
public sealed record MonitoringFacts(
    string AlarmTopic,
    ImmutableArray<string> AlarmEmails,
    ImmutableArray<AlarmFacts> Alarms,
    ImmutableArray<LogGroupFacts> LogGroups)
{
    public static MonitoringFacts From(EnvironmentModel model, StackFacts stack) =>
        new(
            model.Names.AlarmTopic,
            [.. model.Monitoring.AlarmEmails.Select(e => e.Value)],
            [.. stack.Resources("aws_cloudwatch_metric_alarm")
                .Select(a => new AlarmFacts(a.Text("alarm_name")!, a.Text("alarm_description") ?? string.Empty))
                .OrderBy(a => a.Name, StringComparer.Ordinal)],
            LogGroupFacts.From(model, stack));
}

/// <summary>One CloudWatch alarm: its name, and its description, which says when it fires.</summary>
public sealed record AlarmFacts(string Name, string Description);
