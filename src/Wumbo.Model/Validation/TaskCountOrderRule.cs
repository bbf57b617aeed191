using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>Autoscaling keeps a service between min_count and max_count, so min &lt;= desired &lt;= max.</summary>
internal sealed class TaskCountOrderRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var services = model.Compute.Services;
        for (var i = 0; i < services.Length; i++)
        {
            var s = services[i];

            // The scheduler's counts are all pinned to 1 by SchedulerSingletonRule, which says it better.
            if (s.Role == ServiceRole.Scheduler)
            {
                continue;
            }

            if (s.MinCount > s.MaxCount)
            {
                diagnostics.Report(
                    DiagnosticCatalog.TaskCountsOutOfOrder,
                    sources,
                    ModelPaths.Service(i, "min_count"),
                    Invariant($"service '{s.Name}' has min_count {s.MinCount} above max_count {s.MaxCount}"),
                    "min_count must not exceed max_count");
            }
            else if (s.DesiredCount < s.MinCount || s.DesiredCount > s.MaxCount)
            {
                diagnostics.Report(
                    DiagnosticCatalog.TaskCountsOutOfOrder,
                    sources,
                    ModelPaths.Service(i, "desired_count"),
                    Invariant($"service '{s.Name}' has desired_count {s.DesiredCount} outside min_count..max_count ({s.MinCount}..{s.MaxCount})"),
                    s.MinCount == s.MaxCount ? Invariant($"set desired_count to {s.MinCount}") : Invariant($"set desired_count between {s.MinCount} and {s.MaxCount}"));
            }
        }
    }
}
