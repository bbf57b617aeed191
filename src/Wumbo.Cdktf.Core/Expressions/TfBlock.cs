namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// A nested configuration block (generated as a sealed record per block type). Its expression is an
/// object listing its arguments in the order the generated <see cref="WriteArguments"/> writes them.
/// </summary>
public abstract record TfBlock : ITfValue
{
    public Expression Expression
    {
        get
        {
            var writer = new TfObjectWriter();
            WriteArguments(writer);
            return writer.Build();
        }
    }

    protected abstract void WriteArguments(TfObjectWriter writer);
}
