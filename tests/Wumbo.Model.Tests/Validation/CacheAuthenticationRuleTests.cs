using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class CacheAuthenticationRuleTests
{
    [Fact]
    public void A_cache_without_tls_is_reported_at_transit_encryption()
    {
        var model = ValidModels.Development();
        model = model with { Cache = model.Cache with { TransitEncryption = false } };

        var (diagnostics, sources) = RuleRun.One(model);

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.CacheWithoutTls, sources, "cache.transit_encryption");
        Assert.Equal("set transit_encryption: true (clients connect with rediss://)", diagnostic.Hint);
    }
}
