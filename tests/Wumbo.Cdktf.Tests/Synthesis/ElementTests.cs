using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

public sealed class ElementTests
{
    [Fact]
    public void OverrideLogicalId_renames_the_element_and_every_reference_to_it()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        _ = new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig { VpcId = vpc.Id });
        vpc.OverrideLogicalId("main_vpc");

        var json = Synth.Stack(app, "dev");

        Assert.NotNull(Synth.At(json, "resource", "aws_vpc", "main_vpc"));
        Assert.Equal("\"main_vpc\"", Synth.Text(Synth.At(json, "resource", "aws_vpc", "main_vpc", "//", "metadata", "uniqueId")));
        Assert.Equal("\"${aws_vpc.main_vpc.id}\"", Synth.Text(Synth.At(json, "resource", "aws_internet_gateway", "igw", "vpc_id")));
    }

    [Fact]
    public void The_aws_provider_pins_the_fully_qualified_source()
    {
        var app = new App();
        var stack = new TerraformStack(app, "dev");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig
        {
            Region = "eu-west-1", AllowedAccountIds = ["123456789012"],
            DefaultTags = [new AwsProviderDefaultTags { Tags = TfMap.Strings(new Dictionary<string, string> { ["App"] = "wumbo" }) }],
        });
        var west = new AwsProvider(stack, "west", new AwsProviderConfig { Region = "us-west-2", Alias = "west" });
        _ = new AwsVpc(stack, "vpc", new AwsVpcConfig { Provider = west });

        var json = Synth.Stack(app, "dev");

        Assert.Equal("{\n  \"source\": \"hashicorp/aws\",\n  \"version\": \"5.100.0\"\n}", Synth.Text(Synth.At(json, "terraform", "required_providers", "aws")));
        Assert.Equal(
            "[\n  {\n    \"allowed_account_ids\": [\n      \"123456789012\"\n    ],\n    \"default_tags\": [\n      {\n        \"tags\": {\n          \"App\": \"wumbo\"\n        }\n      }\n    ],\n    \"region\": \"eu-west-1\"\n  },\n  {\n    \"alias\": \"west\",\n    \"region\": \"us-west-2\"\n  }\n]",
            Synth.Text(Synth.At(json, "provider", "aws")));
        Assert.Equal("\"aws.west\"", Synth.Text(Synth.At(json, "resource", "aws_vpc", "vpc", "provider")));
    }

    [Fact]
    public void Two_default_providers_of_one_type_collide()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new AwsProvider(stack, "again", new AwsProviderConfig { Region = "us-east-1" });

        Assert.Equal(["WUM3001"], app.Synth().Codes());
    }

    [Fact]
    public void References_to_counted_and_for_each_resources_use_valid_splats()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        var counted = new AwsVpc(stack, "counted", new AwsVpcConfig { Count = 2 });
        var each = new AwsVpc(stack, "each", new AwsVpcConfig { ForEach = Fn.Toset<TfString>(["a", "b"]) });
        _ = new TerraformLocal(stack, "ids", Tf.List(counted.Id, each.Arn, each.Fqn));

        var json = Synth.Stack(app, "dev");

        Assert.Equal(
            "[\n  \"${aws_vpc.counted[*].id}\",\n  \"${values(aws_vpc.each)[*].arn}\",\n  \"${aws_vpc.each}\"\n]",
            Synth.Text(Synth.At(json, "locals", "ids")));
    }

    [Fact]
    public void Nested_outputs_form_the_outputs_tree_and_static_ids_keep_their_name()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        var group = new Construct(new Construct(stack, "net"), "Default");
        _ = new TerraformOutput(group, "vpc_id", new TerraformOutputConfig { Value = vpc.Id });
        _ = new TerraformOutput(group, "vpc_arn", new TerraformOutputConfig { Value = vpc.Arn, StaticId = true });

        var json = Synth.Stack(app, "dev");

        Assert.Equal(
            "{\n  \"dev\": {\n    \"net\": {\n      \"Default\": {\n        \"vpc_arn\": \"vpc_arn\",\n        \"vpc_id\": \"" + NestedId + "\"\n      }\n    }\n  }\n}",
            Synth.Text(Synth.At(json, "//", "outputs")));
        Assert.StartsWith("net_vpc_id_", NestedId, StringComparison.Ordinal);
        Assert.NotNull(Synth.At(json, "output", "vpc_arn"));
    }

    [Fact]
    public void Templates_escape_literal_dollar_and_percent_braces_in_text_only()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        _ = new TerraformLocal(stack, "t", Tf.Template($"${{x}} %{{y}} {vpc.Id}"));

        Assert.Equal("\"$${x} %%{y} ${aws_vpc.vpc.id}\"", Synth.Text(Synth.At(Synth.Stack(app, "dev"), "locals", "t")));
    }

    [Fact]
    public void Aspects_visit_every_construct_once()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        var aspect = new CountingAspect();
        stack.Node.AddAspect(aspect);

        app.Synth();
        app.Synth();

        Assert.Equal(["dev", "dev/aws", "dev/vpc", "dev/backend"], aspect.Visited);
    }

    private static string NestedId => Wumbo.Cdktf.Synthesis.LogicalIds.Allocate(["net", "Default", "vpc_id"])!;

    private sealed class CountingAspect : IAspect
    {
        public List<string> Visited { get; } = [];

        public void Visit(Construct construct) => Visited.Add(construct.Node.Path);
    }
}
