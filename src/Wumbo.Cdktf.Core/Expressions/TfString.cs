namespace Wumbo.Cdktf.Expressions;

/// <summary>A Terraform string: a literal, a reference, a template or a function result.</summary>
public readonly record struct TfString : ITfValue<TfString>
{
    private readonly Expression? _expression;

    public TfString(Expression expression) => _expression = expression;

    public Expression Expression => _expression ?? NullLiteral.Instance;

    public static TfString FromExpression(Expression expression) => new(expression);

    public static implicit operator TfString(string value) => new(new StringLiteral(value));

    public static implicit operator Expression(TfString value) => value.Expression;
}
