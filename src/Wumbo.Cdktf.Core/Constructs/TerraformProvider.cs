using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>
/// A provider configuration: one entry of the <c>provider.&lt;type&gt;</c> array, and its pin in
/// <c>terraform.required_providers</c> with a fully qualified source (DEVIATIONS.md).
/// </summary>
public abstract class TerraformProvider : TerraformElement
{
    protected TerraformProvider(Construct scope, string id, string terraformProviderType, string source, string version, string? alias)
        : base(scope, id)
    {
        TerraformProviderType = terraformProviderType;
        Source = source;
        Version = version;
        Alias = alias;
    }

    public string TerraformProviderType { get; }

    public string Source { get; }

    public string Version { get; }

    public string? Alias { get; }

    /// <summary>The value of a <c>provider</c> meta-argument: <c>aws</c> or <c>aws.west</c>.</summary>
    public string Fqn => Alias is null ? TerraformProviderType : TerraformProviderType + "." + Alias;

    public override string Address => "provider." + Fqn;

    protected override string OverrideMetadataKey => TerraformProviderType;

    public override JsonObject ToTerraform(ResolveContext context)
    {
        var writer = new TfObjectWriter();
        WriteArguments(writer);
        var body = (JsonObject)Render(writer.Build(), context);
        body = Overrides.Apply(Alias is null ? body : body.With("alias", JsonValue.From(Alias)), context);
        var requirement = JsonObject.Of(("source", JsonValue.From(Source)), ("version", JsonValue.From(Version)));
        return JsonObject.Of(
            ("provider", JsonObject.Of((TerraformProviderType, new JsonArray([body])))),
            ("terraform", JsonObject.Of(("required_providers", JsonObject.Of((TerraformProviderType, requirement))))));
    }

    /// <summary>Generated code writes every argument by its wire name.</summary>
    protected abstract void WriteArguments(TfObjectWriter writer);
}
