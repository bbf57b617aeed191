using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class ImageRepositoryRuleTests
{
    [Fact]
    public void An_undeclared_repository_is_reported_at_image_repository_with_the_declared_ids()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(1, s => s with { ImageRepository = "worker" }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.UnknownImageRepository, sources, "compute.services[1].image_repository");
        Assert.Equal("declared ids: backend, migrations", diagnostic.Hint);
    }
}
