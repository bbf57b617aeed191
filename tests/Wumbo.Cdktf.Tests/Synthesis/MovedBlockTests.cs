using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

public sealed class MovedBlockTests
{
    [Fact]
    public void MoveFromId_keeps_the_resource_and_adds_a_moved_block()
    {
        var (app, _, vpc) = TestStacks.WithVpc();
        vpc.MoveFromId("aws_vpc.old_id");

        var json = Synth.Stack(app, "dev");

        Assert.Equal("[\n  {\n    \"from\": \"aws_vpc.old_id\",\n    \"to\": \"aws_vpc.vpc\"\n  }\n]", Synth.Text(json["moved"]));
        Assert.NotNull(Synth.At(json, "resource", "aws_vpc", "vpc"));
        Assert.Equal("{\n  \"aws_vpc\": [\n    \"vpc\"\n  ]\n}", Synth.Text(Synth.At(json, "//", "metadata", "moved")));
    }

    [Fact]
    public void MoveTo_a_target_removes_the_old_resource()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        var renamed = new AwsVpc(stack, "main", new AwsVpcConfig { CidrBlock = "10.0.0.0/16" });
        renamed.AddMoveTarget("main-vpc");
        vpc.MoveTo("main-vpc");

        var json = Synth.Stack(app, "dev");

        Assert.Equal("[\n  {\n    \"from\": \"aws_vpc.vpc\",\n    \"to\": \"aws_vpc.main\"\n  }\n]", Synth.Text(json["moved"]));
        Assert.Null(Synth.At(json, "resource", "aws_vpc", "vpc"));
        Assert.NotNull(Synth.At(json, "resource", "aws_vpc", "main"));
    }

    [Fact]
    public void MoveTo_an_instance_and_MoveToId_render_indexed_and_given_addresses()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        var many = new AwsVpc(stack, "many", new AwsVpcConfig { ForEach = Fn.Toset<TfString>(["a"]) });
        many.AddMoveTarget("many");
        vpc.MoveTo("many", "a");
        new AwsVpc(stack, "legacy", new AwsVpcConfig()).MoveToId("aws_vpc.counted[0]");

        var moved = Synth.Text(Synth.Stack(app, "dev")["moved"]);

        Assert.Contains("\"to\": \"aws_vpc.many[\\\"a\\\"]\"", moved, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"aws_vpc.legacy\",\n    \"to\": \"aws_vpc.counted[0]\"", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_moves_are_reported()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        vpc.MoveTo("nowhere");
        var igw = new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig());
        igw.AddMoveTarget("gw");
        var other = new AwsVpc(stack, "other", new AwsVpcConfig());
        other.MoveTo("gw");
        other.MoveFromId("aws_vpc.x");
        new AwsVpc(stack, "third", new AwsVpcConfig()).AddMoveTarget("gw");

        Assert.Equal(["WUM3011", "WUM3012", "WUM3013", "WUM3014"], app.Synth().Codes());
    }
}
