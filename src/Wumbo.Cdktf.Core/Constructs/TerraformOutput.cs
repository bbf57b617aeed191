using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>An <c>output</c>; also listed in the stack's <c>"//".outputs</c> tree under its construct path.</summary>
public sealed class TerraformOutput : TerraformElement
{
    private readonly TerraformOutputConfig _config;

    public TerraformOutput(Construct scope, string id, TerraformOutputConfig config)
        : base(scope, id) => _config = config;

    public override string Address => "output." + LogicalId;

    protected override string OverrideMetadataKey => "output";

    public override JsonObject ToTerraform(ResolveContext context)
    {
        var body = JsonObject.Of(
            ("depends_on", TerraformMetaArguments.DependsOnJson(_config.DependsOn)),
            ("description", _config.Description is { } description ? JsonValue.From(description) : null),
            ("sensitive", _config.Sensitive is { } sensitive ? JsonValue.From(sensitive) : null),
            ("value", Render(_config.Value, context)));
        return JsonObject.Of(("output", JsonObject.Of((LogicalId, Overrides.Apply(body, context)))));
    }

    /// <summary>Nested objects along the raw construct path (stack id first), the logical id as the leaf.</summary>
    public override JsonObject ToMetadata()
    {
        var stack = TerraformStack.Of(this);
        var path = Node.Scopes.SkipWhile(s => s != stack).Select(s => s.Node.Id).ToList();
        JsonValue tree = JsonValue.From(LogicalId);
        for (var i = path.Count - 1; i >= 0; i--)
        {
            tree = JsonObject.Of((path[i], tree));
        }

        return JsonMerge.Merge(base.ToMetadata(), JsonObject.Of(("outputs", tree)));
    }

    protected override string? AllocateLogicalId() => _config.StaticId ? Node.Id : base.AllocateLogicalId();
}
