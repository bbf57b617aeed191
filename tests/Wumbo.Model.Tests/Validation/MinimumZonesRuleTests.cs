using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class MinimumZonesRuleTests
{
    [Fact]
    public void One_zone_is_reported_at_availability_zones()
    {
        var model = ValidModels.Development().WithNetwork(n => n with
        {
            AvailabilityZones = 1,
            Subnets = n.Subnets with { Public = [n.Subnets.Public[0]], Private = [n.Subnets.Private[0]], Isolated = [n.Subnets.Isolated[0]] },
        });

        var (diagnostics, sources) = RuleRun.One(model);

        RuleRun.Single(diagnostics, DiagnosticCatalog.TooFewAvailabilityZones, sources, "network.availability_zones");
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCatalog.TooFewAvailabilityZones.Code, d.Code));
    }
}
