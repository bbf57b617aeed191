using System.Collections.Immutable;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// One CloudWatch log group of the stack, sorted by name, with what writes to it: a service or the migration
/// task (named by <see cref="EnvironmentNames"/>), the flow logs or the WAF (the groups they point at), or the
/// database (the groups RDS exports its logs to, named as AWS names them).
/// </summary>
public sealed record LogGroupFacts(string Name, string Holds, int RetentionDays)
{
    public static ImmutableArray<LogGroupFacts> From(EnvironmentModel model, StackFacts stack)
    {
        var holds = Writers(model, stack);
        return [.. stack.Resources("aws_cloudwatch_log_group")
            .Select(g => new LogGroupFacts(
                g.Text("name")!,
                holds.GetValueOrDefault(g.Text("name")!, "other logs"),
                (int)(g.Number("retention_in_days") ?? 0)))
            .OrderBy(g => g.Name, StringComparer.Ordinal)];
    }

    private static Dictionary<string, string> Writers(EnvironmentModel model, StackFacts stack)
    {
        var names = model.Names;
        var writers = model.Compute.Services.ToDictionary(names.ServiceLogGroup, s => $"the {s.Name} containers", StringComparer.Ordinal);
        writers[names.MigrationLogGroup] = "the migration task";
        foreach (var flowLog in stack.Resources("aws_flow_log"))
        {
            AddTarget(writers, stack, flowLog.Text("log_destination"), "VPC flow logs");
        }

        foreach (var logging in stack.Resources("aws_wafv2_web_acl_logging_configuration"))
        {
            foreach (var destination in logging.Strings("log_destination_configs"))
            {
                AddTarget(writers, stack, destination, "WAF request logs");
            }
        }

        var instance = stack.Resources("aws_db_instance").Single();
        foreach (var export in instance.Strings("enabled_cloudwatch_logs_exports"))
        {
            writers[$"/aws/rds/instance/{names.Database}/{export}"] = $"the database's {export} log";
        }

        return writers;
    }

    private static void AddTarget(Dictionary<string, string> writers, StackFacts stack, string? reference, string what)
    {
        if (stack.Referenced(reference)?.Text("name") is { } name)
        {
            writers[name] = what;
        }
    }
}
