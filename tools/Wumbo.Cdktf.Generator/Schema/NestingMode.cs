namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>How many instances of a nested block Terraform takes, and how it keeps them.</summary>
internal enum NestingMode
{
    Single,
    Group,
    List,
    Set,
    Map,
}
