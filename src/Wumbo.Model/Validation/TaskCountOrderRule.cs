using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>Autoscaling keeps a service between min_count and max_count, so min &lt;= desired &lt;= max.</summary>
internal sealed class TaskCountOrderRule : ServiceRule
{
    protected override void Check(EnvironmentModel model, ServiceDefinition service, int index, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        // The scheduler's counts are all pinned to 1 by SchedulerSingletonRule, which says it better.
        if (service.Role == ServiceRole.Scheduler)
        {
            return;
        }

        if (service.MinCount > service.MaxCount)
        {
            diagnostics.Report(
                DiagnosticCatalog.TaskCountsOutOfOrder,
                sources,
                ModelPaths.Service(index, "min_count"),
                Invariant($"service '{service.Name}' has min_count {service.MinCount} above max_count {service.MaxCount}"),
                "min_count must not exceed max_count");
        }
        else if (service.DesiredCount < service.MinCount || service.DesiredCount > service.MaxCount)
        {
            diagnostics.Report(
                DiagnosticCatalog.TaskCountsOutOfOrder,
                sources,
                ModelPaths.Service(index, "desired_count"),
                Invariant($"service '{service.Name}' has desired_count {service.DesiredCount} outside min_count..max_count ({service.MinCount}..{service.MaxCount})"),
                service.MinCount == service.MaxCount ? Invariant($"set desired_count to {service.MinCount}") : Invariant($"set desired_count between {service.MinCount} and {service.MaxCount}"));
        }
    }
}
