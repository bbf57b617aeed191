namespace Wumbo.Cdktf.Expressions;

/// <summary>A Terraform bool.</summary>
public readonly record struct TfBool : ITfValue<TfBool>
{
    private readonly Expression? _expression;

    public TfBool(Expression expression) => _expression = expression;

    public Expression Expression => _expression ?? NullLiteral.Instance;

    public static TfBool FromExpression(Expression expression) => new(expression);

    public static implicit operator TfBool(bool value) => new(new BoolLiteral(value));

    public static implicit operator Expression(TfBool value) => value.Expression;

    public static TfBool operator !(TfBool value) => Op.Not(value);
}
