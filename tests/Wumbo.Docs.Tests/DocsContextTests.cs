using Wumbo.Diagnostics;
using Wumbo.Model;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests;

public sealed class DocsContextTests
{
    [Fact]
    public void Environments_come_in_tier_order_each_with_its_synthesized_stack()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        var diagnostics = new List<Diagnostic>();

        var context = DocsContext.Create(loaded.Environments, diagnostics, FixedClock.Today);

        Assert.Empty(diagnostics);
        Assert.Equal(["development", "staging", "production"], context.Environments.Select(e => e.Name));
        Assert.All(context.Environments, e => Assert.NotEmpty(context.Stack(e).Resources("aws_vpc")));
        Assert.Equal(2, context.Stack(context.Environments[2]).Resources("aws_nat_gateway").Length);
    }
}
