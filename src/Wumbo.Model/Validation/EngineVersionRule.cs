using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// The stacks are written and tested for PostgreSQL 16 (pinned to the major version only, SECURITY-RULES.md
/// pitfall 19) and Redis 7.1; any other version would need its own parameter group and review.
/// </summary>
internal sealed class EngineVersionRule : IEnvironmentRule
{
    private const string PostgresVersion = "16";
    private const string RedisVersion = "7.1";

    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var postgres = model.Database.EngineVersion;
        if (postgres.StartsWith(PostgresVersion + ".", StringComparison.Ordinal))
        {
            diagnostics.Report(
                DiagnosticCatalog.UnsupportedEngineVersion,
                sources,
                ModelPaths.DatabaseEngineVersion,
                $"database engine_version '{postgres}' pins a minor version, which drifts once RDS upgrades minor versions automatically",
                $"write \"{PostgresVersion}\"");
        }
        else if (!string.Equals(postgres, PostgresVersion, StringComparison.Ordinal))
        {
            diagnostics.Report(
                DiagnosticCatalog.UnsupportedEngineVersion,
                sources,
                ModelPaths.DatabaseEngineVersion,
                $"PostgreSQL '{postgres}' is not supported; only PostgreSQL {PostgresVersion} is",
                $"set database.engine_version to \"{PostgresVersion}\"");
        }

        if (!string.Equals(model.Cache.EngineVersion, RedisVersion, StringComparison.Ordinal))
        {
            diagnostics.Report(
                DiagnosticCatalog.UnsupportedEngineVersion,
                sources,
                ModelPaths.CacheEngineVersion,
                $"Redis '{model.Cache.EngineVersion}' is not supported; only Redis {RedisVersion} is",
                $"set cache.engine_version to \"{RedisVersion}\"");
        }
    }
}
