using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Tests.Support;

internal sealed record GenericConfig : TerraformMetaArguments
{
    public IReadOnlyList<(string Name, Expression Value)> Arguments { get; init; } = [];
}
