using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class VpcEndpointsRuleTests
{
    [Fact]
    public void The_seed_endpoints_without_the_s3_gateway_are_reported_at_vpc_endpoints()
    {
        var model = ValidModels.Development().WithNetwork(n => n with { VpcEndpoints = n.VpcEndpoints.Remove(VpcEndpointService.S3Gateway) });

        var (diagnostics, sources) = RuleRun.One(model);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.MissingVpcEndpoints, sources, "network.vpc_endpoints");
        Assert.Equal("add s3 to network.vpc_endpoints", diagnostic.Hint);
    }
}
