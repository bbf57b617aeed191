using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class InstanceClassFormatRuleTests
{
    [Fact]
    public void A_class_without_its_prefix_is_reported_with_a_suggestion()
    {
        var model = ValidModels.Development();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { InstanceClass = "t4g.micro" } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.MalformedInstanceClass, sources, "database.instance_class");
        Assert.Equal("did you mean 'db.t4g.micro'?", diagnostic.Hint);
    }

    [Fact]
    public void A_cache_node_type_with_the_rds_prefix_is_reported_with_a_suggestion()
    {
        var model = ValidModels.Production();
        var (diagnostics, sources) = RuleRun.One(model with { Cache = model.Cache with { NodeType = "db.r7g.large" } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.MalformedInstanceClass, sources, "cache.node_type");
        Assert.Equal("did you mean 'cache.r7g.large'?", diagnostic.Hint);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCatalog.NotGraviton.Code);
    }

    [Fact]
    public void Gibberish_is_reported_without_a_suggestion()
    {
        var model = ValidModels.Staging();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { InstanceClass = "large" } });

        Assert.Null(RuleRun.Single(diagnostics, DiagnosticCatalog.MalformedInstanceClass, sources, "database.instance_class").Hint);
    }
}
