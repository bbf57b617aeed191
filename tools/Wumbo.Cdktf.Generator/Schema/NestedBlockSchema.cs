namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>A block type nested in another block, with how many instances it takes.</summary>
internal sealed record NestedBlockSchema(string Name, NestingMode Nesting, int MinItems, int? MaxItems, BlockSchema Block)
{
    /// <summary>At most one instance: cdktf writes such a block as an object, not as an array of one.</summary>
    public bool IsSingleInstance => Nesting is NestingMode.Single or NestingMode.Group || MaxItems == 1;
}
