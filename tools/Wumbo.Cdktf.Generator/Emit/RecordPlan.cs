using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// A block or object type as generated: an input record (a <c>TfBlock</c>) when it can be configured, and a
/// reference struct (<c>…Reference</c>) when it can be read. <see cref="Path"/> is its first occurrence, for docs.
/// </summary>
internal sealed record RecordPlan(
    string Name,
    string Path,
    bool IsObject,
    ImmutableArray<MemberPlan> Members,
    bool HasInput,
    bool HasReference)
{
    public string ReferenceName => Name + TypeNameRegistry.ReferenceSuffix;
}
