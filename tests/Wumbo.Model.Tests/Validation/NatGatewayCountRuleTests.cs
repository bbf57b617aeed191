using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class NatGatewayCountRuleTests
{
    [Fact]
    public void More_gateways_than_zones_are_reported_at_nat_gateways()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithNetwork(n => n with { NatGateways = 3 }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.TooManyNatGateways, sources, "network.nat_gateways");
        Assert.Contains("nat_gateways is 3", diagnostic.Message, StringComparison.Ordinal);
    }
}
