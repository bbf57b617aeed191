using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class GravitonInstanceRuleTests
{
    [Fact]
    public void An_intel_database_class_is_reported_with_the_graviton_equivalent()
    {
        var model = ValidModels.Development();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { InstanceClass = "db.t3.micro" } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.NotGraviton, sources, "database.instance_class");
        Assert.StartsWith("did you mean 'db.t4g.micro'?", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intel_cache_node_type_is_reported_with_the_graviton_equivalent()
    {
        var model = ValidModels.Production();
        var (diagnostics, sources) = RuleRun.One(model with { Cache = model.Cache with { NodeType = "cache.r6i.large" } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.NotGraviton, sources, "cache.node_type");
        Assert.StartsWith("did you mean 'cache.r7g.large'?", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Intel_classes_are_allowed_where_graviton_is_not_required()
    {
        var model = ValidModels.Development();
        var (diagnostics, _) = RuleRun.One(model with { Database = model.Database with { InstanceClass = "db.t3.micro", RequireGraviton = false } });

        Assert.Empty(diagnostics);
    }
}
