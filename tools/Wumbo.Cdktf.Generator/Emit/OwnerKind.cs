namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>What a generated class stands for.</summary>
internal enum OwnerKind
{
    Provider,
    Resource,
    DataSource,
}
