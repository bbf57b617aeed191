using System.Collections.Immutable;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// The immutable expression IR. A value is rendered only at synthesis (<see cref="ExpressionRenderer"/>),
/// when every logical id is final: references hold the element itself, never a string token.
/// </summary>
public abstract record Expression
{
    public static implicit operator Expression(string value) => new StringLiteral(value);

    public static implicit operator Expression(double value) => new NumberLiteral(value);

    public static implicit operator Expression(bool value) => new BoolLiteral(value);
}

public sealed record StringLiteral(string Value) : Expression;

public sealed record NumberLiteral(double Value) : Expression;

public sealed record BoolLiteral(bool Value) : Expression;

public sealed record NullLiteral : Expression
{
    public static readonly NullLiteral Instance = new();
}

public sealed record ListExpression(ImmutableArray<Expression> Items) : Expression;

/// <summary>An object whose members keep insertion order (it matters inside <c>jsonencode</c>, CONTRACT §4.4).</summary>
public sealed record ObjectExpression(ImmutableArray<KeyValuePair<string, Expression>> Members) : Expression;

/// <summary>An attribute path on an element (resource, data source, variable, local); empty for the element itself.</summary>
public sealed record ReferenceExpression(IReferenceTarget Target, ImmutableArray<string> Path) : Expression;

/// <summary>A traversal from a fixed root such as <c>count.index</c>, <c>each.value</c> or a <c>for</c> iterator.</summary>
public sealed record TraversalExpression(string Root, ImmutableArray<string> Path) : Expression;

public sealed record PropertyAccessExpression(Expression Target, string Key) : Expression;

public sealed record FunctionCallExpression(string Name, ImmutableArray<Expression> Arguments) : Expression;

/// <summary>A string template: <see cref="StringLiteral"/> parts are text, every other part is interpolated.</summary>
public sealed record TemplateExpression(ImmutableArray<Expression> Parts) : Expression;

public sealed record BinaryExpression(string Operator, Expression Left, Expression Right) : Expression;

public sealed record UnaryExpression(string Operator, Expression Operand) : Expression;

public sealed record ConditionalExpression(Expression Condition, Expression WhenTrue, Expression WhenFalse) : Expression;

/// <summary><c>[ for key, val in collection: body]</c>, what cdktf renders for a dynamic block (CONTRACT §4.5).</summary>
public sealed record ForExpression(string KeyName, string ValueName, Expression Collection, Expression Body) : Expression;
