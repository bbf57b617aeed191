namespace Wumbo.Cdktf.Expressions;

/// <summary>A Terraform map with string keys; members keep insertion order (the JSON writer sorts them).</summary>
public readonly record struct TfMap<T> : ITfValue<TfMap<T>>
    where T : ITfValue
{
    private readonly Expression? _expression;

    public TfMap(Expression expression) => _expression = expression;

    public Expression Expression => _expression ?? new ObjectExpression([]);

    static TfMap<T> ITfValue<TfMap<T>>.FromExpression(Expression expression) => new(expression);

    public static implicit operator TfMap<T>(Dictionary<string, T> members) => TfMap.From(members);

    public static implicit operator Expression(TfMap<T> value) => value.Expression;
}

/// <summary>Factories for <see cref="TfMap{T}"/> from plain C# data.</summary>
public static class TfMap
{
    public static TfMap<T> From<T>(IEnumerable<KeyValuePair<string, T>> members)
        where T : ITfValue =>
        new(new ObjectExpression([.. members.Select(m => KeyValuePair.Create(m.Key, m.Value.Expression))]));

    public static TfMap<TfString> Strings(IEnumerable<KeyValuePair<string, string>> members) =>
        From(members.Select(m => KeyValuePair.Create(m.Key, (TfString)m.Value)));
}
