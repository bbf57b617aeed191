using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// A Terraform list (or set). Built from C# items with a collection expression (<c>["a", vpc.Id]</c>),
/// or wrapping an expression such as a reference. Enumeration yields the items a list was built from;
/// a list only known to Terraform (a reference) has none at synthesis time.
/// </summary>
[CollectionBuilder(typeof(TfList), nameof(TfList.Create))]
public readonly record struct TfList<T> : ITfValue<TfList<T>>
    where T : ITfValue
{
    private readonly ImmutableArray<T> _items;
    private readonly Expression? _expression;

    public TfList(Expression expression) => _expression = expression;

    internal TfList(ImmutableArray<T> items) => _items = items;

    public Expression Expression => _expression ?? new ListExpression([.. Items.Select(item => item.Expression)]);

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    static TfList<T> ITfValue<TfList<T>>.FromExpression(Expression expression) => new(expression);

    public static implicit operator Expression(TfList<T> value) => value.Expression;

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();
}

/// <summary>The collection-expression builder of <see cref="TfList{T}"/>.</summary>
public static class TfList
{
    public static TfList<T> Create<T>(ReadOnlySpan<T> items)
        where T : ITfValue => new([.. items]);
}
