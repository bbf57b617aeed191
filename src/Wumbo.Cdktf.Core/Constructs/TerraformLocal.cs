using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>A named value in <c>locals</c>, read as <c>${local.&lt;logicalId&gt;}</c>.</summary>
public sealed class TerraformLocal : TerraformNamedValue
{
    private readonly Expression _expression;

    public TerraformLocal(Construct scope, string id, Expression expression)
        : base(scope, id) => _expression = expression;

    public override string Address => "local." + LogicalId;

    protected override string OverrideMetadataKey => "local";

    public override JsonObject ToTerraform(ResolveContext context) =>
        JsonObject.Of(("locals", JsonObject.Of((LogicalId, Render(_expression, context)))));
}
