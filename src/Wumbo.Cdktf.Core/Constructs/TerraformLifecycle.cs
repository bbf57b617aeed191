using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>The <c>lifecycle</c> meta-argument; an explicit <c>false</c> is written as cdktf does.</summary>
public sealed record TerraformLifecycle
{
    public bool? CreateBeforeDestroy { get; init; }

    public bool? PreventDestroy { get; init; }

    /// <summary>Attribute names whose drift Terraform ignores.</summary>
    public IReadOnlyList<string>? IgnoreChanges { get; init; }

    internal JsonObject ToJson() => JsonObject.Of(
        ("create_before_destroy", CreateBeforeDestroy is { } cbd ? JsonValue.From(cbd) : null),
        ("ignore_changes", IgnoreChanges is { } ignored ? new JsonArray([.. ignored.Select(JsonValue.From)]) : null),
        ("prevent_destroy", PreventDestroy is { } pd ? JsonValue.From(pd) : null));
}
