using System.Collections;
using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;
using Wumbo.Model.Shapes;
using Wumbo.Model.Validation;

namespace Wumbo.Model.Tests.Validation;

/// <summary>
/// A source map for a model as if each written value sat on its own line, indented by depth: every model
/// path gets a distinct span, and a null value gets none (like a key left out), so tests can tell exactly
/// which position a rule chose.
/// </summary>
internal sealed record TestSources(SourceMap Map, ImmutableDictionary<string, SourceSpan> Spans)
{
    public static TestSources For(EnvironmentModel model, string? file = null)
    {
        var path = file ?? "environments/" + model.Name + ".yaml";
        var spans = ImmutableDictionary.CreateBuilder<string, SourceSpan>(StringComparer.Ordinal);
        Walk(model, string.Empty, 0, path, spans);
        var map = spans.ToImmutable();
        return new TestSources(new SourceMap(path, map), map);
    }

    private static void Walk(object? value, string path, int depth, string file, ImmutableDictionary<string, SourceSpan>.Builder spans)
    {
        if (value is null)
        {
            return;
        }

        if (path.Length > 0)
        {
            var line = spans.Count + 1;
            spans.Add(path, new SourceSpan(file, line, (depth * 2) + 1, line, (depth * 2) + 2));
        }

        var type = value.GetType();
        if (value is string || type.IsEnum || (type.IsValueType && value is not IEnumerable))
        {
            return;
        }

        switch (value)
        {
            case StateBackend backend:
                var variant = ModelPaths.StateBackendVariant(backend);
                WalkRecord(backend, variant, depth + 1, file, spans, alreadyAdded: false);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, path + "." + entry.Key, depth + 1, file, spans);
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, ModelPaths.Item(path, index++), depth + 1, file, spans);
                }

                return;
            default:
                WalkRecord(value, path, depth, file, spans, alreadyAdded: true);
                return;
        }
    }

    private static void WalkRecord(object record, string path, int depth, string file, ImmutableDictionary<string, SourceSpan>.Builder spans, bool alreadyAdded)
    {
        if (!alreadyAdded)
        {
            var line = spans.Count + 1;
            spans.Add(path, new SourceSpan(file, line, (depth * 2) + 1, line, (depth * 2) + 2));
        }

        // The binder's own shape gives the wire names, so these paths are the ones a YAML file produces.
        var shape = (RecordShape)ModelShapes.For(record.GetType());
        foreach (var member in shape.Members)
        {
            var child = path.Length == 0 ? member.WireName : path + "." + member.WireName;
            Walk(member.Read(record), child, depth + 1, file, spans);
        }
    }
}
