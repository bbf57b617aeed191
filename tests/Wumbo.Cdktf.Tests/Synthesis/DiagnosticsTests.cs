using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

/// <summary>Bad trees give diagnostics and no artifacts, never an exception or a silent overwrite.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Two_elements_with_one_address_collide()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        var scope = new Construct(stack, "net");
        var other = new AwsVpc(scope, "x", new AwsVpcConfig { CidrBlock = "10.1.0.0/16" });
        other.OverrideLogicalId("vpc");

        var result = app.Synth();

        Assert.False(result.Success);
        Assert.Empty(result.Artifacts);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WUM3001", diagnostic.Code);
        Assert.Contains("'dev/vpc', 'dev/net/x' all render as 'aws_vpc.vpc'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("dev/net/x", diagnostic.ModelPath);
    }

    [Fact]
    public void Same_id_in_different_types_or_stacks_does_not_collide()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        new TerraformOutput(stack, "out", new TerraformOutputConfig { Value = "x" }).OverrideLogicalId("vpc");
        var prod = new TerraformStack(app, "prod");
        _ = new AwsVpc(prod, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16" });

        Assert.True(app.Synth().Success);
    }

    [Fact]
    public void Duplicate_construct_id_in_one_scope_is_reported()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.1.0.0/16" });

        Assert.Equal(["WUM3001", "WUM3004"], app.Synth().Codes());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("star*")]
    [InlineData("brace{")]
    public void Stack_ids_that_are_bad_directory_names_are_reported(string id)
    {
        var app = new App();
        _ = new TerraformStack(app, id);

        Assert.Equal(["WUM3003"], app.Synth().Codes());
    }

    [Fact]
    public void Element_named_only_Default_has_no_logical_id()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new AwsVpc(stack, "Default", new AwsVpcConfig());

        Assert.Equal(["WUM3002"], app.Synth().Codes());
    }

    [Fact]
    public void Count_with_for_each_and_lifecycle_on_data_sources_are_reported()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new AwsVpc(stack, "both", new AwsVpcConfig { Count = 2, ForEach = Fn.Toset<TfString>(["a"]) });
        _ = new DataAwsAvailabilityZones(stack, "azs", new DataAwsAvailabilityZonesConfig { Lifecycle = new TerraformLifecycle { PreventDestroy = true } });

        Assert.Equal(["WUM3006", "WUM3007"], app.Synth().Codes());
    }

    [Fact]
    public void A_reference_into_another_stack_is_reported()
    {
        var (app, _, vpc) = TestStacks.WithVpc();
        var other = new TerraformStack(app, "other");
        _ = new AwsSubnet(other, "subnet", new AwsSubnetConfig { VpcId = vpc.Id });

        var result = app.Synth();

        Assert.Equal(["WUM3008"], result.Codes());
        Assert.Equal("dev/vpc", result.Diagnostics[0].ModelPath);
    }

    [Fact]
    public void Error_annotation_fails_synthesis_and_warnings_do_not()
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        stack.Node.AddWarning("careful");
        Assert.True(app.Synth().Success);

        vpc.Node.AddError("broken");
        var result = app.Synth();

        Assert.Equal(["WUM3010"], result.Codes());
        Assert.Equal("dev/vpc", result.Diagnostics[0].ModelPath);
    }

    [Fact]
    public void Element_outside_any_stack_is_reported()
    {
        var app = new App();
        _ = new AwsVpc(app, "loose", new AwsVpcConfig());

        Assert.Contains("WUM3005", app.Synth().Codes());
    }

    [Fact]
    public void An_app_without_stacks_warns_and_writes_only_the_manifest()
    {
        var result = new App().Synth();

        Assert.True(result.Success);
        Assert.Equal(["WUM3017"], result.Codes());
        Assert.Equal("manifest.json", Assert.Single(result.Artifacts).RelativePath);
    }
}
