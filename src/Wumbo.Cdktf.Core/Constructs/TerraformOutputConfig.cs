using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Constructs;

public sealed record TerraformOutputConfig
{
    public required Expression Value { get; init; }

    public string? Description { get; init; }

    public bool? Sensitive { get; init; }

    /// <summary>Rendered as bare addresses, which Terraform requires (cdktf writes <c>"${…}"</c>, CONTRACT §7.1).</summary>
    public IReadOnlyList<ITerraformDependable>? DependsOn { get; init; }

    /// <summary>Use the construct id as the output name even when the output is nested in other constructs.</summary>
    public bool StaticId { get; init; }
}
