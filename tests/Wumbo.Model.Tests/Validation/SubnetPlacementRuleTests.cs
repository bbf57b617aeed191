using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class SubnetPlacementRuleTests
{
    [Fact]
    public void A_subnet_outside_the_vpc_is_reported_at_that_subnet()
    {
        var model = ValidModels.Development().WithNetwork(n => n with
        {
            Subnets = n.Subnets with { Private = n.Subnets.Private.SetItem(1, Wire.Cidr("10.20.11.0/24")) },
        });

        var (diagnostics, sources) = RuleRun.One(model);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.SubnetMisplaced, sources, "network.subnets.private[1]");
        Assert.Equal("subnet 10.20.11.0/24 is outside the VPC 10.10.0.0/16", diagnostic.Message);
    }

    [Fact]
    public void Overlapping_subnets_are_reported_at_the_later_one_naming_the_earlier()
    {
        var model = ValidModels.Staging().WithNetwork(n => n with
        {
            Subnets = n.Subnets with { Isolated = n.Subnets.Isolated.SetItem(0, Wire.Cidr("10.20.0.0/23")) },
        });

        var (diagnostics, sources) = RuleRun.One(model);

        RuleRun.Many(diagnostics, DiagnosticCatalog.SubnetMisplaced, sources, "network.subnets.isolated[0]", "network.subnets.isolated[0]");
        Assert.Contains(diagnostics, d => d.Message.EndsWith("(network.subnets.public[1])", StringComparison.Ordinal));
    }
}
