namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// The value of a <c>for_each</c>: Terraform accepts only a map or a set of strings, so only those convert
/// implicitly. <c>toset([80, 443])</c> (a set of numbers, as in cdktf's samples) fails <c>terraform validate</c>.
/// </summary>
public readonly record struct TfForEach : ITfValue
{
    private readonly Expression? _expression;

    private TfForEach(Expression expression) => _expression = expression;

    public Expression Expression => _expression ?? NullLiteral.Instance;

    /// <summary>Any expression, for values whose type the C# facades cannot show (e.g. a variable of map type).</summary>
    public static TfForEach From(ITfValue value) => new(value.Expression);

    public static implicit operator TfForEach(TfList<TfString> set) => new(set.Expression);

    public static implicit operator TfForEach(TfMap<TfString> map) => new(map.Expression);
}
