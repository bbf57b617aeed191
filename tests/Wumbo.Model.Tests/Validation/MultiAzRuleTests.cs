using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class MultiAzRuleTests
{
    [Fact]
    public void Multi_az_in_one_zone_is_reported_at_each_multi_az_flag()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithNetwork(n => n with { AvailabilityZones = 1, NatGateways = 1 }));

        RuleRun.Many(diagnostics, DiagnosticCatalog.MultiAzUnsatisfiable, sources, "database.multi_az", "cache.multi_az");
    }

    [Fact]
    public void Cache_multi_az_without_a_replica_is_reported_at_replicas()
    {
        var model = ValidModels.Production();
        var (diagnostics, sources) = RuleRun.One(model with { Cache = model.Cache with { Replicas = 0 } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.MultiAzUnsatisfiable, sources, "cache.replicas");
        Assert.Equal("set cache.replicas to 1 or more, or cache.multi_az to false", diagnostic.Hint);
    }
}
