using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class ApiServiceEndpointRuleTests
{
    [Fact]
    public void A_missing_port_is_reported_at_the_service_that_omits_it()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(0, s => s with { Port = null }));

        RuleRun.Single(diagnostics, DiagnosticCatalog.ApiServiceEndpoint, sources, "compute.services[0].port", spanPath: "compute.services[0]");
    }

    [Fact]
    public void Missing_port_and_health_check_are_both_reported()
    {
        var (diagnostics, _) = RuleRun.One(ValidModels.Production().WithService(0, s => s with { Port = null, HealthCheckPath = null }));

        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCatalog.ApiServiceEndpoint.Code));
    }

    [Fact]
    public void A_relative_health_check_path_is_reported_with_a_suggestion()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Staging().WithService(0, s => s with { HealthCheckPath = "health/" }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.ApiServiceEndpoint, sources, "compute.services[0].health_check_path");
        Assert.Equal("did you mean '/health/'?", diagnostic.Hint);
    }
}
