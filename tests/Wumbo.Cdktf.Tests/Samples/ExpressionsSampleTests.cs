using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary><c>samples/expressions</c> rebuilt: cdktf's bytes except the two invalid-Terraform cases of CONTRACT §7.</summary>
public sealed class ExpressionsSampleTests
{
    [Fact]
    public void Stack_is_byte_identical_but_for_the_documented_deviations()
    {
        var sample = SampleFiles.ReadObject("expressions/stacks/expressions/cdk.tf.json");
        var expected = JsonMerge.SetAtPath(
            JsonMerge.SetAtPath(sample, ["locals", "jsonencode_map"], JsonValue.From(JsonEncodeMapValid)),
            ["locals", "literal_dollar_brace"],
            JsonValue.From(LiteralDollarValid));

        var actual = ExpressionsSampleApp.Build().Synth().Find("stacks/expressions/cdk.tf.json");

        Assert.Equal(TerraformJsonWriter.Write(expected), actual);
    }

    [Fact]
    public void Null_inside_a_function_argument_renders_null()
    {
        var locals = Synth.At(Synth.Stack(ExpressionsSampleApp.Build(), "expressions"), "locals");

        Assert.Equal(JsonValue.From(JsonEncodeMapValid), Synth.At((JsonObject)locals!, "jsonencode_map"));
        Assert.Contains("[true, ]", ((JsonString)Synth.At(SampleFiles.ReadObject("expressions/stacks/expressions/cdk.tf.json"), "locals", "jsonencode_map")!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_dollar_brace_is_escaped_so_Terraform_does_not_interpolate_it()
    {
        var stack = Synth.Stack(ExpressionsSampleApp.Build(), "expressions");

        Assert.Equal(JsonValue.From(LiteralDollarValid), Synth.At(stack, "locals", "literal_dollar_brace"));
    }

    [Fact]
    public void The_implicit_local_backend_path_is_relative()
    {
        var stack = Synth.Stack(ExpressionsSampleApp.Build(), "expressions");

        Assert.Equal("\"terraform.expressions.tfstate\"", Synth.Text(Synth.At(stack, "terraform", "backend", "local", "path")));
        Assert.Equal("\"local\"", Synth.Text(Synth.At(stack, "//", "metadata", "backend")));
    }

    private const string JsonEncodeMapValid = "${jsonencode({\"a\" = 1, \"b\" = \"two\", \"c\" = [true, null], \"d\" = aws_vpc.vpc.id, \"e-f\" = \"x${aws_vpc.vpc.id}\"})}";

    private const string LiteralDollarValid = "cost: $${not_a_ref}";
}
