using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class AutoscalingTargetRuleTests
{
    [Fact]
    public void Autoscaling_without_any_target_is_reported_at_autoscaling()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithService(1, s => s with { Autoscaling = new AutoscalingTargets(null, null) }));

        RuleRun.Single(diagnostics, DiagnosticCatalog.AutoscalingWithoutTarget, sources, "compute.services[1].autoscaling");
    }
}
