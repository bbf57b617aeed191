using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class ApiServiceCountRuleTests
{
    [Fact]
    public void No_api_service_is_reported_at_the_services_list()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(0, s => s with { Role = ServiceRole.Worker }));

        RuleRun.Single(diagnostics, DiagnosticCatalog.ApiServiceCount, sources, "compute.services");
    }

    [Fact]
    public void A_second_api_service_is_reported_at_its_role()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Staging().WithService(1, s => s with { Role = ServiceRole.Api, Port = 8001, HealthCheckPath = "/health/" }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.ApiServiceCount, sources, "compute.services[1].role");
        Assert.Contains("'backend' (compute.services[0])", diagnostic.Message, StringComparison.Ordinal);
    }
}
