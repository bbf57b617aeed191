using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>The database instance class and the cache node type are <c>db.family.size</c> / <c>cache.family.size</c>.</summary>
internal sealed class InstanceClassFormatRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        Check(InstanceKind.Rds, model.Database.InstanceClass, ModelPaths.DatabaseInstanceClass, sources, diagnostics);
        Check(InstanceKind.ElastiCache, model.Cache.NodeType, ModelPaths.CacheNodeType, sources, diagnostics);
    }

    private static void Check(InstanceKind kind, string text, string path, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (kind.TryParse(text, out _, out _))
        {
            return;
        }

        var suggestion = kind.Suggest(text);
        diagnostics.Report(
            DiagnosticCatalog.MalformedInstanceClass,
            sources,
            path,
            $"'{text}' is not an {kind.Noun}; expected {kind.Prefix}.<family>.<size>, for example {kind.Example}",
            suggestion is null ? null : $"did you mean '{suggestion}'?");
    }
}
