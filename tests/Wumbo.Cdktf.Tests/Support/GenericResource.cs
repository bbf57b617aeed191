using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Tests.Support;

/// <summary>A test-only L1 for types without a generated class: arguments as (wire name, expression) pairs.</summary>
internal sealed class GenericResource(Construct scope, string id, string type, GenericConfig config)
    : TerraformResource(scope, id, type, config)
{
    public TfString Attr(string name) => GetAttribute<TfString>(name);

    protected override void WriteArguments(TfObjectWriter writer)
    {
        foreach (var (name, value) in config.Arguments)
        {
            writer.Write(name, value);
        }
    }
}
