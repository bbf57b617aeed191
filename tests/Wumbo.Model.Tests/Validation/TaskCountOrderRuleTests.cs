using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class TaskCountOrderRuleTests
{
    [Fact]
    public void Desired_count_above_max_is_reported_at_desired_count()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithService(0, s => s with { DesiredCount = 5 }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.TaskCountsOutOfOrder, sources, "compute.services[0].desired_count");
        Assert.Equal("service 'backend' has desired_count 5 outside min_count..max_count (2..4)", diagnostic.Message);
    }

    [Fact]
    public void Min_count_above_max_is_reported_at_min_count()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(1, s => s with { MinCount = 3 }));

        RuleRun.Single(diagnostics, DiagnosticCatalog.TaskCountsOutOfOrder, sources, "compute.services[1].min_count");
    }
}
