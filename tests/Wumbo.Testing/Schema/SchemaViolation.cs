namespace Wumbo.Testing.Schema;

/// <summary>One place where a stack disagrees with the provider schema, e.g. <c>resource.aws_vpc.vpc.cidr_blok</c>.</summary>
public sealed record SchemaViolation(string Path, string Problem)
{
    public override string ToString() => Path + ": " + Problem;
}
