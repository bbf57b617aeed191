using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>AWS rejects a subnet outside its VPC's CIDR or overlapping another subnet of the VPC.</summary>
internal sealed class SubnetPlacementRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var vpc = model.Network.VpcCidr;
        var subnets = SubnetTiers.Of(model.Network.Subnets)
            .SelectMany(tier => tier.Cidrs.Select((cidr, i) => (Path: ModelPaths.Item(tier.Path, i), Cidr: cidr)))
            .ToList();
        for (var j = 0; j < subnets.Count; j++)
        {
            var (path, cidr) = subnets[j];
            if (!vpc.Contains(cidr))
            {
                diagnostics.Report(
                    DiagnosticCatalog.SubnetMisplaced,
                    sources,
                    path,
                    $"subnet {cidr} is outside the VPC {vpc}",
                    $"choose a block inside {vpc}");
            }

            foreach (var (otherPath, other) in subnets.Take(j).Where(s => s.Cidr.Overlaps(cidr)))
            {
                diagnostics.Report(
                    DiagnosticCatalog.SubnetMisplaced,
                    sources,
                    path,
                    $"subnet {cidr} overlaps subnet {other} ({otherPath})",
                    "give every subnet its own block, for example consecutive /24s");
            }
        }
    }
}
