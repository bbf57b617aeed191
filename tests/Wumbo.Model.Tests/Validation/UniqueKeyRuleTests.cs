using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class UniqueKeyRuleTests
{
    [Fact]
    public void A_repeated_service_name_is_reported_at_the_later_name()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithService(2, s => s with { Name = "worker" }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.DuplicateServiceName, sources, "compute.services[2].name");
        Assert.Equal("service name 'worker' is already used by compute.services[1]", diagnostic.Message);
    }

    [Fact]
    public void Repeated_secret_ids_and_names_are_each_reported()
    {
        var edited = ValidModels.Development().WithSecrets(secrets => [.. secrets, secrets[0], secrets[0]]);

        var (diagnostics, sources) = RuleRun.One(edited);

        RuleRun.Many(diagnostics, DiagnosticCatalog.DuplicateSecretId, sources, "security.secrets[3].id", "security.secrets[4].id");
        RuleRun.Many(diagnostics, DiagnosticCatalog.DuplicateSecretName, sources, "security.secrets[3].name", "security.secrets[4].name");
    }

    [Fact]
    public void Repeated_repository_ids_and_names_are_reported()
    {
        var model = ValidModels.Staging();
        var repositories = model.Registry.Repositories;
        var edited = model with { Registry = model.Registry with { Repositories = repositories.SetItem(1, repositories[0]) } };

        var (diagnostics, sources) = RuleRun.One(edited);

        RuleRun.Single(diagnostics, DiagnosticCatalog.DuplicateRepositoryId, sources, "registry.repositories[1].id");
        RuleRun.Single(diagnostics, DiagnosticCatalog.DuplicateRepositoryName, sources, "registry.repositories[1].name");
    }
}
