namespace Wumbo.Cdktf.Expressions;

/// <summary>A Terraform number; arithmetic on non-literals renders as HCL operators, e.g. <c>(var.port + 1)</c>.</summary>
public readonly record struct TfNumber : ITfValue<TfNumber>
{
    private readonly Expression? _expression;

    public TfNumber(Expression expression) => _expression = expression;

    public Expression Expression => _expression ?? NullLiteral.Instance;

    public static TfNumber FromExpression(Expression expression) => new(expression);

    public static implicit operator TfNumber(double value) => new(new NumberLiteral(value));

    public static implicit operator TfNumber(int value) => new(new NumberLiteral(value));

    public static implicit operator TfNumber(long value) => new(new NumberLiteral(value));

    public static implicit operator Expression(TfNumber value) => value.Expression;

    public static TfNumber operator +(TfNumber left, TfNumber right) => Op.Add(left, right);

    public static TfNumber operator -(TfNumber left, TfNumber right) => Op.Sub(left, right);

    public static TfNumber operator *(TfNumber left, TfNumber right) => Op.Mul(left, right);

    public static TfNumber operator /(TfNumber left, TfNumber right) => Op.Div(left, right);
}
