using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>Each subnet tier holds one subnet per availability zone, in zone order.</summary>
internal sealed class SubnetsPerZoneRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var zones = model.Network.AvailabilityZones;
        foreach (var (path, cidrs) in SubnetTiers.Of(model.Network.Subnets))
        {
            if (cidrs.Length != zones)
            {
                diagnostics.Report(
                    DiagnosticCatalog.SubnetCountMismatch,
                    sources,
                    path,
                    $"{path} lists {Wording.Count(cidrs.Length, "subnet")} but the VPC spans {Wording.Count(zones, "availability zone")}; each tier needs exactly one subnet per zone",
                    $"list {Wording.Count(zones, "CIDR block")}, in zone order");
            }
        }
    }
}
