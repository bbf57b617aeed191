using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

/// <summary>The migration task definition is judged like the services': Fargate sizes and a declared image repository.</summary>
public sealed class MigrationTaskRulesTests
{
    [Fact]
    public void An_unsupported_migration_size_is_reported_at_its_memory()
    {
        var model = ValidModels.Development();
        model = model with { Compute = model.Compute with { Migration = model.Compute.Migration with { Memory = 4096 } } };

        var (diagnostics, sources) = RuleRun.One(model);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.InvalidFargateTaskSize, sources, "compute.migration.memory");
        Assert.Equal("the migration task asks for memory 4096 MiB, which Fargate does not pair with cpu 256", diagnostic.Message);
    }

    [Fact]
    public void An_undeclared_migration_repository_is_reported()
    {
        var model = ValidModels.Development();
        model = model with { Compute = model.Compute with { Migration = model.Compute.Migration with { ImageRepository = "migration" } } };

        var (diagnostics, sources) = RuleRun.One(model);

        RuleRun.Single(diagnostics, DiagnosticCatalog.UnknownImageRepository, sources, "compute.migration.image_repository");
    }
}
