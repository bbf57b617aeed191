using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class SecretNamePrefixRuleTests
{
    [Fact]
    public void A_name_outside_the_environment_prefix_is_reported_at_the_name()
    {
        var edited = ValidModels.Production().WithSecrets(secrets => secrets.SetItem(0, secrets[0] with { Name = "development/wumbo/plaid" }));

        var (diagnostics, sources) = RuleRun.One(edited);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.SecretNamePrefix, sources, "security.secrets[0].name");
        Assert.Equal("name it 'production/wumbo/plaid'", diagnostic.Hint);
    }

    [Fact]
    public void The_bare_prefix_is_not_a_name()
    {
        var edited = ValidModels.Development().WithSecrets(secrets => secrets.SetItem(2, secrets[2] with { Name = "development/wumbo/" }));

        var (diagnostics, sources) = RuleRun.One(edited);

        RuleRun.Single(diagnostics, DiagnosticCatalog.SecretNamePrefix, sources, "security.secrets[2].name");
    }
}
