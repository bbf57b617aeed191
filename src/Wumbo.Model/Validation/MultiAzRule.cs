using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>A Multi-AZ standby needs a second zone; ElastiCache Multi-AZ also needs a replica to fail over to.</summary>
internal sealed class MultiAzRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var zones = model.Network.AvailabilityZones;
        CheckZones(model.Database.MultiAz, ModelPaths.DatabaseMultiAz, "the database", zones, sources, diagnostics);
        CheckZones(model.Cache.MultiAz, ModelPaths.CacheMultiAz, "the cache", zones, sources, diagnostics);
        if (model.Cache.MultiAz && model.Cache.Replicas < 1)
        {
            diagnostics.Report(
                DiagnosticCatalog.MultiAzUnsatisfiable,
                sources,
                ModelPaths.CacheReplicas,
                Invariant($"cache.multi_az is true but replicas is {model.Cache.Replicas}; automatic failover needs a replica in another zone"),
                "set cache.replicas to 1 or more, or cache.multi_az to false");
        }
    }

    private static void CheckZones(
        bool multiAz, string path, string what, int zones, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (multiAz && zones < 2)
        {
            diagnostics.Report(
                DiagnosticCatalog.MultiAzUnsatisfiable,
                sources,
                path,
                Invariant($"{path} is true but the VPC spans {Wording.Count(zones, "availability zone")}; {what}'s standby needs a second zone"),
                "set network.availability_zones to 2 or more, or multi_az to false");
        }
    }
}
