using System.Collections.Immutable;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// What generated code writes arguments into, by wire name: unset arguments are left out
/// (<c>Write</c>) or, for "attributes as blocks", written as <c>null</c> (<see cref="WriteOrNull{T}"/>).
/// </summary>
public sealed class TfObjectWriter
{
    private readonly ImmutableArray<KeyValuePair<string, Expression>>.Builder _members =
        ImmutableArray.CreateBuilder<KeyValuePair<string, Expression>>();

    public void Write<T>(string name, T? value)
        where T : struct, ITfValue
    {
        if (value is { } set)
        {
            _members.Add(KeyValuePair.Create(name, set.Expression));
        }
    }

    /// <summary>A required argument.</summary>
    public void Write<T>(string name, T value)
        where T : struct, ITfValue => _members.Add(KeyValuePair.Create(name, value.Expression));

    /// <summary>An argument of Terraform type <c>dynamic</c>, which no typed facade describes.</summary>
    public void Write(string name, Expression? value)
    {
        if (value is not null)
        {
            _members.Add(KeyValuePair.Create(name, value));
        }
    }

    public void WriteOrNull<T>(string name, T? value)
        where T : struct, ITfValue => _members.Add(KeyValuePair.Create(name, value?.Expression ?? NullLiteral.Instance));

    /// <summary>An object-typed field inside an object-typed attribute: written whole, or <c>null</c>.</summary>
    public void WriteOrNull(string name, TfBlock? value) => _members.Add(KeyValuePair.Create(name, value?.Expression ?? NullLiteral.Instance));

    /// <summary>A <c>dynamic</c> field inside an object-typed attribute.</summary>
    public void WriteOrNull(string name, Expression? value) => _members.Add(KeyValuePair.Create(name, value ?? NullLiteral.Instance));

    public void WriteBlock(string name, TfBlock? block)
    {
        if (block is not null)
        {
            _members.Add(KeyValuePair.Create(name, block.Expression));
        }
    }

    public ObjectExpression Build() => new(_members.ToImmutable());
}
