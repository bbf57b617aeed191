using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>
/// Celery beat (role scheduler) must run exactly one task in exactly one service: two beats run every
/// scheduled job twice, none runs no job at all, so its count is fixed and never autoscaled.
/// </summary>
internal sealed class SchedulerSingletonRule : IEnvironmentRule
{
    private const string Hint = "set desired_count, min_count and max_count to 1 and leave out autoscaling";

    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var services = model.Compute.Services;
        int? first = null;
        for (var i = 0; i < services.Length; i++)
        {
            var service = services[i];
            if (service.Role != ServiceRole.Scheduler)
            {
                continue;
            }

            if (first is { } earlier)
            {
                diagnostics.Report(
                    DiagnosticCatalog.SchedulerNotSingleton,
                    sources,
                    ModelPaths.Service(i, "role"),
                    $"service '{service.Name}' is a second scheduler besides '{services[earlier].Name}' ({ModelPaths.Item(ModelPaths.Services, earlier)}); every scheduled job would run twice",
                    "keep one scheduler service per environment");
            }

            first ??= i;
            CheckCount(service, i, "desired_count", service.DesiredCount, sources, diagnostics);
            CheckCount(service, i, "min_count", service.MinCount, sources, diagnostics);
            CheckCount(service, i, "max_count", service.MaxCount, sources, diagnostics);
            if (service.Autoscaling is not null)
            {
                diagnostics.Report(
                    DiagnosticCatalog.SchedulerNotSingleton,
                    sources,
                    ModelPaths.Service(i, "autoscaling"),
                    $"scheduler service '{service.Name}' must not autoscale; a second beat task runs every scheduled job twice",
                    Hint);
            }
        }
    }

    private static void CheckCount(
        ServiceDefinition service, int index, string field, int count, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (count != 1)
        {
            diagnostics.Report(
                DiagnosticCatalog.SchedulerNotSingleton,
                sources,
                ModelPaths.Service(index, field),
                Invariant($"scheduler service '{service.Name}' has {field} {count}, so {(count == 0 ? "no scheduled job runs" : "every scheduled job runs more than once")}; Celery beat must run exactly one task"),
                Hint);
        }
    }
}
