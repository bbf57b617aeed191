using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Diagrams;

/// <summary>
/// What runs on Fargate, as the stack runs it: each service with its task count (and autoscaling range), the
/// migration task, the port the load balancer forwards to, and which data stores each may reach. Reach is read
/// from the security group rules, so the diagram never draws a path the stack does not open.
/// </summary>
/// <param name="Id">The diagram's node id: <c>service_&lt;model name&gt;</c>, or <c>migration</c>.</param>
/// <param name="Name">The ECS service or the migration's task definition family.</param>
/// <param name="Role">What it does, in words: API, Celery worker, ...</param>
/// <param name="Tasks">Desired tasks of a service; null for the migration, which runs when started.</param>
/// <param name="Scaling">The autoscaling range, when the service scales.</param>
/// <param name="Listener">What the load balancer forwards to it (<c>HTTP :8000</c>), when it is behind it.</param>
/// <param name="ReachesDatabase">Whether its security group may connect to the database's.</param>
/// <param name="ReachesCache">Whether its security group may connect to the cache's.</param>
internal sealed record Workload(
    string Id,
    string Name,
    string Role,
    int? Tasks,
    (int Min, int Max)? Scaling,
    string? Listener,
    bool ReachesDatabase,
    bool ReachesCache)
{
    public static ImmutableArray<Workload> Read(EnvironmentModel environment, StackFacts stack, StackResource database, StackResource cache)
    {
        var names = environment.Names;
        var stores = new Reach(stack, database.References("vpc_security_group_ids"), cache.References("security_group_ids"));
        var services = environment.Compute.Services.Select(definition =>
        {
            var service = stack.Named("aws_ecs_service", "name", names.Service(definition));
            var (toDatabase, toCache) = stores.From(names.Service(definition));
            return new Workload(
                "service_" + definition.Name.Replace('-', '_'), // the model allows lower-case letters, digits and hyphens
                names.Service(definition),
                Describe(definition.Role),
                Count(service.Number("desired_count")),
                ScalingOf(stack, service),
                ListenerOf(stack, service),
                toDatabase,
                toCache);
        });
        _ = stack.Named("aws_ecs_task_definition", "family", names.Migration); // the migration is a task definition, started by CI
        var (migrationToDatabase, migrationToCache) = stores.From(names.Migration);
        var migration = new Workload("migration", names.Migration, "database migration, run before each deploy", null, null, null, migrationToDatabase, migrationToCache);
        return [.. services, migration];
    }

    private static string Describe(ServiceRole role) => role switch
    {
        ServiceRole.Api => "API",
        ServiceRole.Worker => "Celery worker",
        ServiceRole.Scheduler => "Celery beat",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no words for this role"),
    };

    // The scalable target names its service inside resource_id: service/<cluster>/${aws_ecs_service.<id>.name}.
    private static (int Min, int Max)? ScalingOf(StackFacts stack, StackResource service)
    {
        var target = stack.Resources("aws_appautoscaling_target")
            .SingleOrDefault(t => t.Text("resource_id")?.Contains("${" + service.Address + ".", StringComparison.Ordinal) == true);
        return target is null ? null : (Count(target.Number("min_capacity")), Count(target.Number("max_capacity")));
    }

    private static string? ListenerOf(StackFacts stack, StackResource service)
    {
        if (!service.Arguments.TryGetProperty("load_balancer", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var targetGroup = blocks.EnumerateArray()
            .Select(b => b.TryGetProperty("target_group_arn", out var arn) && arn.ValueKind == JsonValueKind.String ? arn.GetString() : null)
            .Select(StackQueries.ReferencedAddress)
            .OfType<string>()
            .SingleOrDefault();
        if (targetGroup is null)
        {
            return null;
        }

        var group = stack.At(targetGroup);
        return group.Text("protocol") + " :" + Count(group.Number("port")).ToString(CultureInfo.InvariantCulture);
    }

    private static int Count(decimal? number) =>
        number is { } value ? (int)value : throw new InvalidOperationException("a count the diagram shows is not a number in the stack");

    /// <summary>Whether a workload's security group has an egress rule to the database's or the cache's.</summary>
    private sealed class Reach(StackFacts stack, IEnumerable<string> databaseGroups, IEnumerable<string> cacheGroups)
    {
        private readonly HashSet<string> _database = databaseGroups.ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _cache = cacheGroups.ToHashSet(StringComparer.Ordinal);

        // The stack names a workload's security group after the workload.
        public (bool Database, bool Cache) From(string workload)
        {
            var group = stack.Named("aws_security_group", "name", workload);
            var targets = stack.Resources("aws_vpc_security_group_egress_rule")
                .Where(rule => rule.Refers("security_group_id", group))
                .SelectMany(rule => rule.References("referenced_security_group_id"))
                .ToList();
            return (targets.Any(_database.Contains), targets.Any(_cache.Contains));
        }
    }
}
