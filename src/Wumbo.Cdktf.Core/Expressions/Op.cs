namespace Wumbo.Cdktf.Expressions;

/// <summary>HCL operators, rendered in parentheses as cdktf does: <c>(var.port + 1)</c>, <c>!true</c>.</summary>
public static class Op
{
    public static TfNumber Add(TfNumber left, TfNumber right) => new(new BinaryExpression("+", left, right));

    public static TfNumber Sub(TfNumber left, TfNumber right) => new(new BinaryExpression("-", left, right));

    public static TfNumber Mul(TfNumber left, TfNumber right) => new(new BinaryExpression("*", left, right));

    public static TfNumber Div(TfNumber left, TfNumber right) => new(new BinaryExpression("/", left, right));

    public static TfBool Eq(Expression left, Expression right) => new(new BinaryExpression("==", left, right));

    public static TfBool Neq(Expression left, Expression right) => new(new BinaryExpression("!=", left, right));

    public static TfBool Lt(TfNumber left, TfNumber right) => new(new BinaryExpression("<", left, right));

    public static TfBool Gt(TfNumber left, TfNumber right) => new(new BinaryExpression(">", left, right));

    public static TfBool And(TfBool left, TfBool right) => new(new BinaryExpression("&&", left, right));

    public static TfBool Or(TfBool left, TfBool right) => new(new BinaryExpression("||", left, right));

    public static TfBool Not(TfBool operand) => new(new UnaryExpression("!", operand));
}
