using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class ServiceSecretsRuleTests
{
    [Fact]
    public void An_undeclared_secret_is_reported_at_its_list_item_with_the_closest_id()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(1, s => s with { Secrets = ["plaid", "app-securty"] }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.UnknownServiceSecret, sources, "compute.services[1].secrets[1]");
        Assert.Equal("service 'worker' reads secret 'app-securty', which security.secrets does not declare", diagnostic.Message);
        Assert.Equal("did you mean 'app-security'?", diagnostic.Hint);
    }

    [Fact]
    public void With_nothing_close_the_declared_ids_are_listed()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(0, s => s with { Secrets = ["stripe"] }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.UnknownServiceSecret, sources, "compute.services[0].secrets[0]");
        Assert.Equal("declared ids: app-security, aws, plaid", diagnostic.Hint);
    }
}
