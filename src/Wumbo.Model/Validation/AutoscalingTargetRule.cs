using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>An autoscaling block with no target would emit a scalable target that no policy ever moves.</summary>
internal sealed class AutoscalingTargetRule : ServiceRule
{
    protected override void Check(EnvironmentModel model, ServiceDefinition service, int index, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (service.Autoscaling is { CpuPercent: null, MemoryPercent: null })
        {
            diagnostics.Report(
                DiagnosticCatalog.AutoscalingWithoutTarget,
                sources,
                ModelPaths.Service(index, "autoscaling"),
                $"service '{service.Name}' has autoscaling without cpu_percent or memory_percent, so it would never scale",
                "set cpu_percent and/or memory_percent, or remove autoscaling for a fixed task count");
        }
    }
}
