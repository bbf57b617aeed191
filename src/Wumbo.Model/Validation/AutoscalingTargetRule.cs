using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>An autoscaling block with no target would emit a scalable target that no policy ever moves.</summary>
internal sealed class AutoscalingTargetRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var services = model.Compute.Services;
        for (var i = 0; i < services.Length; i++)
        {
            if (services[i].Autoscaling is { CpuPercent: null, MemoryPercent: null })
            {
                diagnostics.Report(
                    DiagnosticCatalog.AutoscalingWithoutTarget,
                    sources,
                    ModelPaths.Service(i, "autoscaling"),
                    $"service '{services[i].Name}' has autoscaling without cpu_percent or memory_percent, so it would never scale",
                    "set cpu_percent and/or memory_percent, or remove autoscaling for a fixed task count");
            }
        }
    }
}
