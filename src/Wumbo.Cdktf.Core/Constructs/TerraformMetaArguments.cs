using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>The meta-arguments every resource and data source takes; generated config records derive from it.</summary>
public abstract record TerraformMetaArguments
{
    public IReadOnlyList<ITerraformDependable>? DependsOn { get; init; }

    public TfNumber? Count { get; init; }

    /// <summary>A set of strings or a map, e.g. <c>Fn.Toset&lt;TfString&gt;(["a", "b"])</c>; read with <see cref="Tf.EachValue{T}"/>.</summary>
    public TfForEach? ForEach { get; init; }

    public TerraformLifecycle? Lifecycle { get; init; }

    public TerraformProvider? Provider { get; init; }

    internal JsonObject ToJson(ResolveContext context) => JsonObject.Of(
        ("count", Count is { } count ? ExpressionRenderer.ToJson(count.Expression, context) : null),
        ("depends_on", DependsOnJson(DependsOn)),
        ("for_each", ForEach is { } forEach ? ExpressionRenderer.ToJson(forEach.Expression, context) : null),
        ("lifecycle", Lifecycle?.ToJson()),
        ("provider", Provider is { } provider ? JsonValue.From(provider.Fqn) : null));

    /// <summary>Bare addresses, for resources and outputs alike (CONTRACT §7.1).</summary>
    internal static JsonArray? DependsOnJson(IReadOnlyList<ITerraformDependable>? dependencies) =>
        dependencies is null ? null : new JsonArray([.. dependencies.Select(d => JsonValue.From(d.Address))]);
}
