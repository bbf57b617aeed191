using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>The subnet tiers of a layout with their model paths, in YAML order.</summary>
internal static class SubnetTiers
{
    public static ImmutableArray<(string Path, ImmutableArray<Cidr> Cidrs)> Of(SubnetLayout layout) =>
    [
        (ModelPaths.Subnets + ".public", layout.Public),
        (ModelPaths.Subnets + ".private", layout.Private),
        (ModelPaths.Subnets + ".isolated", layout.Isolated),
    ];
}
