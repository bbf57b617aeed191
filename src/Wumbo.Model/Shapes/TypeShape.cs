using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wumbo.Diagnostics;

namespace Wumbo.Model.Shapes;

/// <summary>
/// How one C# type of the domain model is written in YAML. The binder reads YAML through these shapes
/// and the JSON Schema is generated from them, so the file format and its schema cannot drift apart.
/// </summary>
public abstract record TypeShape
{
    /// <summary>What a value of this shape looks like, for messages: "an integer", "true or false".</summary>
    public abstract string Expected { get; }
}

public sealed record StringShape : TypeShape
{
    public override string Expected => "a string";
}

public sealed record IntegerShape : TypeShape
{
    public override string Expected => "an integer";
}

public sealed record BooleanShape : TypeShape
{
    public override string Expected => "true or false";
}

/// <summary>An enum whose members are written as their <c>[WireName]</c>.</summary>
public sealed record EnumShape(Type Type, ImmutableArray<EnumChoice> Choices) : TypeShape
{
    public override string Expected => "one of " + string.Join(", ", Choices.Select(c => c.WireName));
}

public sealed record EnumChoice(string WireName, object Value);

/// <summary>
/// A validated identifier (region, CIDR, app id, e-mail) parsed by its <c>TryCreate</c>; <see cref="Format"/> gives
/// back its <c>Value</c>, the text it is written as.
/// </summary>
public sealed record WireValueShape(Type Type, DiagnosticDescriptor InvalidValue, string FormatDescription, WireValueParser Parse, Func<object, string> Format) : TypeShape
{
    public override string Expected => FormatDescription;
}

public delegate bool WireValueParser(string text, out object value, out string problem);

/// <summary>An <c>ImmutableArray&lt;T&gt;</c>; absent or null means empty.</summary>
public sealed record ListShape(TypeShape Element, Func<IReadOnlyList<object>, object> Create) : TypeShape
{
    public override string Expected => "a list";
}

/// <summary>An <c>ImmutableSortedDictionary&lt;string, string&gt;</c> such as tags; absent or null means empty.</summary>
public sealed record StringMapShape : TypeShape
{
    public override string Expected => "a mapping of strings";
}

/// <summary>
/// A sealed record written as a mapping of its primary-constructor parameters; <see cref="Create"/> calls that
/// constructor with one argument per member, in order.
/// </summary>
public sealed record RecordShape(Type Type, Func<object?[], object> Create, ImmutableArray<MemberShape> Members, string? Description) : TypeShape
{
    public override string Expected => "a mapping";
}

/// <summary>
/// An abstract record with sealed cases, written as a mapping with exactly one key naming the case:
/// <c>state_backend: { s3: { bucket: ... } }</c>.
/// </summary>
public sealed record UnionShape(Type Type, ImmutableArray<UnionCase> Cases) : TypeShape
{
    public override string Expected => "a mapping with one key: " + string.Join(", ", Cases.Select(c => c.WireName));
}

public sealed record UnionCase(string WireName, RecordShape Shape);

/// <summary>
/// One record parameter. Nullable members may be omitted; lists and maps default to empty; every other
/// member is required. <see cref="Minimum"/>, <see cref="Maximum"/> and <see cref="Pattern"/> come from
/// the parameter's <c>[Range]</c> and <c>[RegularExpression]</c>; <see cref="Read"/> reads the member back
/// from a record (its property of the same name).
/// </summary>
public sealed record MemberShape(
    string WireName,
    TypeShape Shape,
    bool IsNullable,
    long? Minimum,
    long? Maximum,
    Regex? Pattern,
    string? Description,
    Func<object, object?> Read)
{
    public bool IsRequired => !IsNullable && Shape is not (ListShape or StringMapShape);
}
