using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>A data source: <c>data.&lt;type&gt;.&lt;logicalId&gt;</c>.</summary>
public abstract class TerraformDataSource : TerraformTypedElement
{
    protected TerraformDataSource(Construct scope, string id, string terraformDataSourceType, TerraformMetaArguments metaArguments)
        : base(scope, id, terraformDataSourceType, metaArguments)
    {
    }

    public override string Address => "data." + TerraformType + "." + LogicalId;

    public override JsonObject ToTerraform(ResolveContext context) =>
        JsonObject.Of(("data", JsonObject.Of((TerraformType, JsonObject.Of((LogicalId, RenderBody(context)))))));

    protected internal override void Validate(ICollection<Diagnostic> diagnostics)
    {
        base.Validate(diagnostics);
        if (MetaArguments.Lifecycle is not null)
        {
            diagnostics.Add(SynthesisDiagnostics.DataSourceLifecycle.At(null, $"'{Address}' sets lifecycle, which Terraform rejects on data sources", Node.Path));
        }
    }
}
