using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// The cache's clients authenticate with IAM (no password exists anywhere), which ElastiCache allows only over
/// TLS: without transit encryption nobody could connect.
/// </summary>
internal sealed class CacheAuthenticationRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (!model.Cache.TransitEncryption)
        {
            diagnostics.Report(
                DiagnosticCatalog.CacheWithoutTls,
                sources,
                ModelPaths.CacheTransitEncryption,
                "the cache authenticates its clients with IAM, which ElastiCache allows only with transit encryption",
                "set transit_encryption: true (clients connect with rediss://)");
        }
    }
}
