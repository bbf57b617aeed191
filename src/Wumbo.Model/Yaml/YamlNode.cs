using System.Collections.Immutable;
using Wumbo.Diagnostics;

namespace Wumbo.Model.Yaml;

/// <summary>
/// A YAML node with its source position: the small tree the binder reads. Aliases point at the same
/// node instance as their anchor, so an alias never copies (its cost is bounded by <see cref="YamlLimits"/>).
/// </summary>
public abstract record YamlNode(SourceSpan Span)
{
    /// <summary>A short name of the node's kind for messages: "a mapping", "a list", "a scalar".</summary>
    public abstract string KindDescription { get; }
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars, which are always strings.</summary>
public sealed record YamlScalar(SourceSpan Span, string Value, bool IsPlain) : YamlNode(Span)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindDescription => IsNull ? "null" : $"the scalar '{Value}'";
}

public sealed record YamlSequence(SourceSpan Span, ImmutableArray<YamlNode> Items) : YamlNode(Span)
{
    public override string KindDescription => "a list";
}

public sealed record YamlMapping(SourceSpan Span, ImmutableArray<YamlEntry> Entries) : YamlNode(Span)
{
    public override string KindDescription => "a mapping";
}

/// <summary>One key/value pair; keys are scalars (the reader rejects others).</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
