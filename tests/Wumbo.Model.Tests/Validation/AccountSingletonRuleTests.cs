using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class AccountSingletonRuleTests
{
    [Fact]
    public void The_seed_environments_have_one_owner_each()
    {
        var (diagnostics, _) = RuleRun.Set(ValidModels.All().ToArray());

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCatalog.AccountResourceOwnership.Code);
    }

    [Fact]
    public void Without_an_owner_every_environment_of_the_account_is_told()
    {
        var (diagnostics, sources) = RuleRun.Set(ValidModels.Staging(), ValidModels.Production());

        var reported = diagnostics.Where(d => d.ModelPath == "email.owns_domain_identity").ToList();
        Assert.Equal([sources[0].Map.File, sources[1].Map.File], reported.Select(d => d.Span!.Value.File));
        Assert.Equal(
            "no environment in the unpinned account owns the SES domain identity, so 'staging' would look for one that no stack creates",
            reported[0].Message);
        RuleRun.Single(diagnostics.Where(d => d.Span!.Value.File == sources[0].Map.File && d.ModelPath!.StartsWith("registry", StringComparison.Ordinal)), DiagnosticCatalog.AccountResourceOwnership, sources[0], "registry.ci_access.owns_oidc_provider");
    }

    [Fact]
    public void Two_owners_in_one_account_are_both_reported()
    {
        var staging = ValidModels.Staging();
        staging = staging with { Email = staging.Email with { OwnsDomainIdentity = true } };

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Development(), staging);

        var reported = diagnostics.Where(d => d.Code == DiagnosticCatalog.AccountResourceOwnership.Code).ToList();
        Assert.Equal([sources[0].Map.File, sources[1].Map.File], reported.Select(d => d.Span!.Value.File));
        Assert.Equal("'staging' and 'development' in the unpinned account both create the SES domain identity; the second apply would fail", reported[1].Message);
    }

    [Fact]
    public void Environments_pinned_to_other_accounts_each_need_their_own_owner()
    {
        var production = ValidModels.Production();
        production = production with { Environment = production.Environment with { AccountId = "123456789012" } };

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Development(), production);

        var reported = diagnostics.Where(d => d.Code == DiagnosticCatalog.AccountResourceOwnership.Code).ToList();
        Assert.All(reported, d => Assert.Equal(sources[1].Map.File, d.Span!.Value.File));
        Assert.Contains(reported, d => d.Message.StartsWith("no environment in account 123456789012 owns the GitHub OIDC identity provider", StringComparison.Ordinal));
    }

    [Fact]
    public void Owning_the_oidc_provider_without_using_it_is_reported()
    {
        var development = ValidModels.Development();
        development = development with { Registry = development.Registry with { CiAccess = development.Registry.CiAccess with { Kind = CiPrincipalKind.IamUser } } };

        var (diagnostics, sources) = RuleRun.Set(development);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.AccountResourceOwnership, sources[0], "registry.ci_access.owns_oidc_provider");
        Assert.Equal("'development' owns the GitHub OIDC identity provider but does not use it", diagnostic.Message);
    }
}
