using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>Where require_graviton is set, the instance family must be a Graviton (ARM) one: the seed's cost basis.</summary>
internal sealed class GravitonInstanceRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (model.Database.RequireGraviton)
        {
            Check(InstanceKind.Rds, model.Database.InstanceClass, ModelPaths.DatabaseInstanceClass, sources, diagnostics);
        }

        if (model.Cache.RequireGraviton)
        {
            Check(InstanceKind.ElastiCache, model.Cache.NodeType, ModelPaths.CacheNodeType, sources, diagnostics);
        }
    }

    // A malformed name is InstanceClassFormatRule's to report; this rule judges only the family.
    private static void Check(InstanceKind kind, string text, string path, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (!kind.TryParse(text, out var family, out var size) || kind.GravitonFamilies.Contains(family))
        {
            return;
        }

        var letter = family[..family.AsSpan().IndexOfAnyInRange('0', '9')];
        var hint = kind.GravitonByLetter.TryGetValue(letter, out var graviton)
            ? $"did you mean '{kind.Prefix}.{graviton}.{size}'? Graviton families: {kind.GravitonList}"
            : $"Graviton families: {kind.GravitonList}";
        diagnostics.Report(
            DiagnosticCatalog.NotGraviton,
            sources,
            path,
            $"{kind.Noun} '{text}' is not a Graviton (ARM) family, but require_graviton is true",
            hint);
    }
}
