namespace Wumbo.Cdktf.Expressions;

/// <summary>Something a <see cref="ReferenceExpression"/> can point at; resolved only while rendering.</summary>
public interface IReferenceTarget
{
    ReferenceRoot ResolveRoot(ResolveContext context);
}

/// <summary>The address to traverse from, e.g. <c>aws_vpc.vpc</c>, and how many instances it stands for.</summary>
public readonly record struct ReferenceRoot(string Address, ReferenceMultiplicity Multiplicity);

public enum ReferenceMultiplicity
{
    One,
    Count,
    ForEach,
}
