using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>A NAT gateway sits in one zone's public subnet, so more gateways than zones are unusable cost.</summary>
internal sealed class NatGatewayCountRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var network = model.Network;
        if (network.NatGateways > network.AvailabilityZones)
        {
            diagnostics.Report(
                DiagnosticCatalog.TooManyNatGateways,
                sources,
                ModelPaths.NatGateways,
                Invariant($"nat_gateways is {network.NatGateways} but the VPC spans {Wording.Count(network.AvailabilityZones, "availability zone")}; there is at most one NAT gateway per zone"),
                Invariant($"set nat_gateways to at most {network.AvailabilityZones}: one is cheapest, one per zone survives a zone outage"));
        }
    }
}
