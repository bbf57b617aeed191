using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

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
                    Invariant($"{path} lists {cidrs.Length} subnets but the VPC spans {zones} availability zones; each tier needs exactly one subnet per zone"),
                    Invariant($"list {zones} CIDR blocks, in zone order"));
            }
        }
    }
}
