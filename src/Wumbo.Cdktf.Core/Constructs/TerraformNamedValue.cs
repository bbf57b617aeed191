using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Constructs;

/// <summary>What variables and locals share: a name under a prefix (<c>var</c>, <c>local</c>) and typed reads of it.</summary>
public abstract class TerraformNamedValue : TerraformElement, IReferenceTarget
{
    protected TerraformNamedValue(Construct scope, string id)
        : base(scope, id)
    {
    }

    public TfString StringValue => Value<TfString>();

    public TfNumber NumberValue => Value<TfNumber>();

    public TfBool BoolValue => Value<TfBool>();

    public TfList<TfString> ListValue => Value<TfList<TfString>>();

    public TfMap<TfString> MapValue => Value<TfMap<TfString>>();

    public T Value<T>()
        where T : ITfValue<T> => T.FromExpression(new ReferenceExpression(this, []));

    public ReferenceRoot ResolveRoot(ResolveContext context) => new(Address, ReferenceMultiplicity.One);
}
