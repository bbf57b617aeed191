using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary><c>samples/basic</c> rebuilt with the construct API gives cdktf's bytes, except documented deviations.</summary>
public sealed class BasicSampleTests
{
    [Fact]
    public void Manifest_is_byte_identical()
    {
        var result = BasicSampleApp.Build().Synth();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(SampleFiles.Read("basic/manifest.json"), result.Find("manifest.json"));
    }

    [Theory]
    [InlineData("development")]
    [InlineData("production")]
    public void Stack_is_byte_identical_but_for_the_output_depends_on_deviation(string stackId)
    {
        var expected = WithBareOutputDependsOn(SampleFiles.ReadObject($"basic/stacks/{stackId}/cdk.tf.json"));

        var actual = BasicSampleApp.Build().Synth().Find($"stacks/{stackId}/cdk.tf.json");

        Assert.Equal(TerraformJsonWriter.Write(expected), actual);
    }

    [Fact]
    public void Output_depends_on_is_a_bare_address_unlike_cdktf()
    {
        var stack = Synth.Stack(BasicSampleApp.Build(), "development");

        Assert.Equal("[\n  \"aws_internet_gateway.igw\"\n]", Synth.Text(Synth.At(stack, "output", "alb_dns", "depends_on")));
        Assert.Equal("\"${aws_internet_gateway.igw}\"", Synth.Text(((JsonArray)Synth.At(SampleFiles.ReadObject("basic/stacks/development/cdk.tf.json"), "output", "alb_dns", "depends_on")!).Items[0]));
    }

    [Fact]
    public void Scale300_development_stack_is_byte_identical_but_for_the_deviation()
    {
        var expected = WithBareOutputDependsOn(SampleFiles.ReadObject("scale300/stacks/development/cdk.tf.json"));

        var actual = BasicSampleApp.Build(extraParameters: 300).Synth().Find("stacks/development/cdk.tf.json");

        Assert.Equal(TerraformJsonWriter.Write(expected), actual);
    }

    // CONTRACT §7.1: cdktf writes "${aws_internet_gateway.igw}", which Terraform rejects.
    private static JsonObject WithBareOutputDependsOn(JsonObject sample) =>
        JsonMerge.SetAtPath(sample, ["output", "alb_dns", "depends_on"], new JsonArray([JsonValue.From("aws_internet_gateway.igw")]));
}
