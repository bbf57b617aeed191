using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Validation;

/// <summary>Environments' VPCs must not overlap, so that they can later be peered or share a transit gateway.</summary>
internal sealed class DistinctVpcCidrsRule : IEnvironmentSetRule
{
    public void Check(ImmutableArray<BoundEnvironment> environments, ICollection<Diagnostic> diagnostics)
    {
        foreach (var environment in environments)
        {
            var mine = environment.Model.Network.VpcCidr;
            foreach (var other in environments.Where(o => !ReferenceEquals(o, environment) && o.Model.Network.VpcCidr.Overlaps(mine)))
            {
                diagnostics.Report(
                    DiagnosticCatalog.OverlappingVpcCidrs,
                    environment.Sources,
                    ModelPaths.VpcCidr,
                    $"VPC CIDR {mine} overlaps {other.Model.Network.VpcCidr} of {other.Sources.File} ('{other.Model.Name}')",
                    "give each environment its own range, for example 10.10.0.0/16, 10.20.0.0/16 and 10.30.0.0/16");
            }
        }
    }
}
