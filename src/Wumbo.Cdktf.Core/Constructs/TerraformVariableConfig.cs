using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Constructs;

public sealed record TerraformVariableConfig
{
    /// <summary>A Terraform type constraint such as <c>string</c> or <c>list(string)</c>.</summary>
    public string? Type { get; init; }

    public Expression? Default { get; init; }

    public string? Description { get; init; }

    public bool? Sensitive { get; init; }

    public bool? Nullable { get; init; }
}
