using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>The body of a resource, data source, provider or nested block; members are sorted by name (ordinal).</summary>
internal sealed record BlockSchema(
    ImmutableArray<AttributeSchema> Attributes,
    ImmutableArray<NestedBlockSchema> Blocks,
    bool Deprecated,
    string? Description);
