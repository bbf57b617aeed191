using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class DistinctVpcCidrsRuleTests
{
    [Fact]
    public void Overlapping_vpcs_are_reported_in_both_files()
    {
        var staging = ValidModels.Staging().WithNetwork(n => n with { VpcCidr = Wire.Cidr("10.0.0.0/8") });

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Development(), staging, ValidModels.Production());

        var reported = diagnostics.Where(d => d.Code == DiagnosticCatalog.OverlappingVpcCidrs.Code).ToList();
        Assert.Equal(4, reported.Count);
        var inDevelopment = Assert.Single(reported, d => d.Span!.Value.File == sources[0].Map.File);
        Assert.Equal("network.vpc_cidr", inDevelopment.ModelPath);
        Assert.Equal(sources[0].Spans["network.vpc_cidr"].StartLine, inDevelopment.Span!.Value.StartLine);
        Assert.Equal("VPC CIDR 10.10.0.0/16 overlaps 10.0.0.0/8 of environments/1-staging.yaml ('staging')", inDevelopment.Message);
        Assert.Equal(2, reported.Count(d => d.Span!.Value.File == sources[1].Map.File));
    }
}
