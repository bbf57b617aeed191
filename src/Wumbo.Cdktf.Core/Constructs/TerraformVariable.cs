using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>An input <c>variable</c>, read as <c>${var.&lt;logicalId&gt;}</c>.</summary>
public sealed class TerraformVariable : TerraformNamedValue
{
    private readonly TerraformVariableConfig _config;

    public TerraformVariable(Construct scope, string id, TerraformVariableConfig config)
        : base(scope, id) => _config = config;

    public override string Address => "var." + LogicalId;

    protected override string OverrideMetadataKey => "variable";

    public override JsonObject ToTerraform(ResolveContext context)
    {
        var body = JsonObject.Of(
            ("default", _config.Default is { } value ? Render(value, context) : null),
            ("description", _config.Description is { } description ? JsonValue.From(description) : null),
            ("nullable", _config.Nullable is { } nullable ? JsonValue.From(nullable) : null),
            ("sensitive", _config.Sensitive is { } sensitive ? JsonValue.From(sensitive) : null),
            ("type", _config.Type is { } type ? JsonValue.From(type) : null));
        return JsonObject.Of(("variable", JsonObject.Of((LogicalId, Overrides.Apply(body, context)))));
    }
}
