using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class NameLengthRuleTests
{
    [Fact]
    public void A_long_api_service_name_overflows_the_target_group_at_its_name()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(0, s => s with { Name = "backend-api-gateway" }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.DerivedNameTooLong, sources, "compute.services[0].name");
        Assert.Equal("the target group would be named 'development-wumbo-backend-api-gateway' (37 characters); AWS allows 32", diagnostic.Message);
    }

    [Fact]
    public void A_long_environment_name_overflows_the_load_balancer()
    {
        var model = ValidModels.Staging();
        model = model with { Environment = model.Environment with { Name = "preproduction-europe-west" } };

        var (diagnostics, sources) = RuleRun.One(model);

        var atName = diagnostics.Where(d => d.ModelPath == "environment.name");
        var diagnostic = RuleRun.Single(atName, DiagnosticCatalog.DerivedNameTooLong, sources, "environment.name");
        Assert.StartsWith("the load balancer would be named 'preproduction-europe-west-wumbo-api'", diagnostic.Message, StringComparison.Ordinal);
    }
}
