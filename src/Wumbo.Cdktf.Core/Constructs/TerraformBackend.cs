using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>
/// Where a stack keeps its state: <c>terraform.backend.&lt;name&gt;</c> and <c>"//".metadata.backend</c>.
/// A stack takes one; a second one is an address collision.
/// </summary>
public abstract class TerraformBackend : TerraformElement
{
    protected TerraformBackend(Construct scope, string name)
        : base(scope, "backend") => Name = name;

    /// <summary>The backend name cdktf puts in the metadata: <c>local</c>, <c>s3</c>, <c>cloud</c>.</summary>
    public string Name { get; }

    public override string Address => "terraform.backend";

    protected override string OverrideMetadataKey => "backend";

    public override JsonObject ToTerraform(ResolveContext context) =>
        JsonObject.Of(("terraform", JsonObject.Of(("backend", JsonObject.Of((Name, Overrides.Apply(ToConfig(), context)))))));

    public override JsonObject ToMetadata() =>
        JsonMerge.Merge(base.ToMetadata(), JsonObject.Of(("metadata", JsonObject.Of(("backend", JsonValue.From(Name))))));

    /// <summary>The backend's settings, snake_case keys, unset ones left out.</summary>
    protected abstract JsonObject ToConfig();

    protected static JsonValue? Optional(string? value) => value is null ? null : JsonValue.From(value);

    protected static JsonValue? Optional(bool? value) => value is { } set ? JsonValue.From(set) : null;
}
