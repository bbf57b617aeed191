using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class SubnetsPerZoneRuleTests
{
    [Fact]
    public void A_tier_with_fewer_subnets_than_zones_is_reported_at_the_tier()
    {
        var model = ValidModels.Production().WithNetwork(n => n with { Subnets = n.Subnets with { Private = [n.Subnets.Private[0]] } });

        var (diagnostics, sources) = RuleRun.One(model);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.SubnetCountMismatch, sources, "network.subnets.private");
        Assert.Equal("list 2 CIDR blocks, in zone order", diagnostic.Hint);
    }
}
