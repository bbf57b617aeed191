namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>One attribute of a block. Required and optional attributes are arguments; computed-only ones are read only.</summary>
internal sealed record AttributeSchema(
    string Name,
    TerraformType Type,
    bool Required,
    bool Optional,
    bool Computed,
    bool Deprecated,
    string? Description)
{
    public bool IsArgument => Required || Optional;
}
