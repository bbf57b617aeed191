using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class SchedulerSingletonRuleTests
{
    [Fact]
    public void Two_beat_tasks_are_reported_at_each_count_that_is_not_one()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithService(2, s => s with { DesiredCount = 2, MaxCount = 2 }));

        RuleRun.Many(diagnostics, DiagnosticCatalog.SchedulerNotSingleton, sources, "compute.services[2].desired_count", "compute.services[2].max_count");
    }

    [Fact]
    public void An_autoscaling_beat_is_reported_at_autoscaling()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(2, s => s with { Autoscaling = new AutoscalingTargets(50, null) }));

        RuleRun.Single(diagnostics, DiagnosticCatalog.SchedulerNotSingleton, sources, "compute.services[2].autoscaling");
    }

    [Fact]
    public void A_second_scheduler_service_is_reported_at_its_role()
    {
        var model = ValidModels.Staging();
        var beat = model.Compute.Services[2];
        var (diagnostics, sources) = RuleRun.One(model.WithServices([.. model.Compute.Services, beat with { Name = "beat2" }]));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.SchedulerNotSingleton, sources, "compute.services[3].role");
        Assert.Contains("'beat' (compute.services[2])", diagnostic.Message, StringComparison.Ordinal);
    }
}
