using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>One generated file: a provider, resource or data source class, its config record and its records.</summary>
internal sealed record OwnerPlan(
    OwnerKind Kind,
    string TerraformType,
    string ClassName,
    string ConfigName,
    bool Deprecated,
    ImmutableArray<MemberPlan> Members,
    ImmutableArray<RecordPlan> Records);
