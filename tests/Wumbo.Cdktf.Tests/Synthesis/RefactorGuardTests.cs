using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

public sealed class RefactorGuardTests
{
    private static readonly HashSet<string> Stateful = new(["aws_vpc", "aws_db_instance"], StringComparer.Ordinal);

    [Fact]
    public void Unchanged_stack_is_fine()
    {
        var json = StackJson(_ => { });

        Assert.Empty(RefactorGuard.Check(json, json, Stateful));
    }

    [Fact]
    public void A_renamed_stateful_resource_names_the_moved_block_to_add()
    {
        var old = StackJson(_ => { });
        var renamed = StackJson(vpc => vpc.OverrideLogicalId("main"));

        var diagnostic = Assert.Single(RefactorGuard.Check(old, renamed, Stateful));

        Assert.Equal("WUM3015", diagnostic.Code);
        Assert.Equal("aws_vpc.vpc", diagnostic.ModelPath);
        Assert.Contains("add the moved block {\"from\": \"aws_vpc.vpc\", \"to\": \"aws_vpc.main\"}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_moved_block_from_the_old_address_satisfies_the_guard()
    {
        var old = StackJson(_ => { });
        var renamed = StackJson(vpc =>
        {
            vpc.OverrideLogicalId("main");
            vpc.MoveFromId("aws_vpc.vpc");
        });

        Assert.Empty(RefactorGuard.Check(old, renamed, Stateful));
    }

    [Fact]
    public void A_removed_stateful_resource_without_successor_names_the_old_address()
    {
        var old = StackJson(_ => { });
        var removed = StackJson(vpc => vpc.MoveToId("aws_vpc.elsewhere"))
            .Replace("\"moved\"", "\"ignored\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RefactorGuard.Check(old, removed, Stateful));

        Assert.Contains("'aws_vpc.vpc' is gone", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("{\"from\": \"aws_vpc.vpc\", \"to\": \"<new address>\"}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stateless_types_may_come_and_go()
    {
        var old = StackJson(_ => { });
        var withIgw = StackJson(vpc => _ = new AwsInternetGateway(TerraformStack.Of(vpc)!, "igw", new AwsInternetGatewayConfig()));

        Assert.Empty(RefactorGuard.Check(withIgw, old, Stateful));
    }

    [Fact]
    public void Unreadable_json_is_a_diagnostic()
    {
        Assert.Equal(["WUM3016", "WUM3016"], RefactorGuard.Check("{", "[]", Stateful).Select(d => d.Code));
    }

    private static string StackJson(Action<AwsVpc> change)
    {
        var (app, _, vpc) = TestStacks.WithVpc();
        change(vpc);
        return app.Synth().Find("stacks/dev/cdk.tf.json")!;
    }
}
