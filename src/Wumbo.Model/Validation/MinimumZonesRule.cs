using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>
/// An application load balancer needs subnets in at least two zones, and so does an RDS DB subnet group
/// even for a single-AZ instance; with one zone the deployment fails however the rest is configured.
/// </summary>
internal sealed class MinimumZonesRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (model.Network.AvailabilityZones < 2)
        {
            diagnostics.Report(
                DiagnosticCatalog.TooFewAvailabilityZones,
                sources,
                ModelPaths.AvailabilityZones,
                Invariant($"availability_zones is {model.Network.AvailabilityZones}; the load balancer and the RDS DB subnet group each need subnets in at least two zones"),
                "set availability_zones to 2; a single NAT gateway keeps the second zone cheap");
        }
    }
}
