using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class EngineVersionRuleTests
{
    [Fact]
    public void Another_postgres_major_is_reported_at_the_database_engine_version()
    {
        var model = ValidModels.Production();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { EngineVersion = "15" } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.UnsupportedEngineVersion, sources, "database.engine_version");
        Assert.Equal("PostgreSQL '15' is not supported; only PostgreSQL 16 is", diagnostic.Message);
    }

    [Fact]
    public void A_pinned_minor_version_is_reported_with_the_major_to_write()
    {
        var model = ValidModels.Staging();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { EngineVersion = "16.4" } });

        Assert.Equal("write \"16\"", RuleRun.Single(diagnostics, DiagnosticCatalog.UnsupportedEngineVersion, sources, "database.engine_version").Hint);
    }

    [Fact]
    public void Another_redis_version_is_reported_at_the_cache_engine_version()
    {
        var model = ValidModels.Development();
        var (diagnostics, sources) = RuleRun.One(model with { Cache = model.Cache with { EngineVersion = "7.0" } });

        RuleRun.Single(diagnostics, DiagnosticCatalog.UnsupportedEngineVersion, sources, "cache.engine_version");
    }
}
