using System.Collections.Immutable;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>The escape hatch (cdktf's <c>addOverride</c>): values set at dotted paths over the rendered JSON.</summary>
internal sealed class OverrideSet
{
    private readonly List<(ImmutableArray<string> Path, Expression Value)> _overrides = [];

    public bool IsEmpty => _overrides.Count == 0;

    public void Add(string path, Expression value) => _overrides.Add(([.. path.Split('.')], value));

    public JsonObject Apply(JsonObject target, ResolveContext context)
    {
        var overrides = _overrides.Aggregate(
            JsonObject.Empty,
            (acc, o) => JsonMerge.SetAtPath(acc, o.Path, ExpressionRenderer.ToJson(o.Value, context)));
        return JsonMerge.Merge(target, overrides);
    }

    /// <summary>The stack's <c>"//".metadata.overrides</c> entry: the distinct top-level keys overridden.</summary>
    public JsonObject ToMetadata(string key) => IsEmpty
        ? JsonObject.Empty
        : JsonObject.Of(("metadata", JsonObject.Of(("overrides", JsonObject.Of((key, TopLevelKeys()))))));

    private JsonArray TopLevelKeys() => new([.. _overrides.Select(o => o.Path[0]).Distinct().Select(JsonValue.From)]);
}
