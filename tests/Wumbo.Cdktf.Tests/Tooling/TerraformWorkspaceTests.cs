using System.Globalization;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class TerraformWorkspaceTests
{
    [Fact]
    public async Task A_valid_stack_validates_and_plans_with_the_real_provider()
    {
        using var workspace = TerraformWorkspace.Create(ToolingStacks.Valid);
        var token = TestContext.Current.CancellationToken;

        var init = await workspace.InitAsync(token);
        var validate = await workspace.ValidateAsync(token);
        var plan = await workspace.PlanWithMocksAsync(cancellationToken: token);

        validate.EnsureSucceeded(failOnWarnings: true);
        plan.EnsureSucceeded();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"init {init.Elapsed.TotalSeconds:0.00} s, validate {validate.Elapsed.TotalSeconds:0.00} s, test {plan.Elapsed.TotalSeconds:0.00} s"));
    }

    [Fact]
    public async Task An_unknown_argument_fails_validation_with_terraform_s_error()
    {
        using var workspace = TerraformWorkspace.Create(
            ToolingStacks.With("\"enable_dns_hostnames\": true,", "\"enable_dns_hostnames\": true, \"bogus_argument\": 1,"));

        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Extraneous JSON object property", error.Summary);
        Assert.Equal("No argument or block type is named \"bogus_argument\".", error.Detail);
        Assert.Equal("resource.aws_vpc.vpc", error.Address);
        Assert.Equal(TerraformWorkspace.StackFileName, error.Range?.FileName);
        Assert.Contains("bogus_argument", result.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_value_is_rejected_by_the_aws_provider_itself()
    {
        using var workspace = TerraformWorkspace.Create(ToolingStacks.With("\"10.0.0.0/16\"", "\"not-a-cidr\""));

        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Contains("invalid CIDR address: not-a-cidr", error.Summary, StringComparison.Ordinal);
        Assert.Equal("aws_vpc.vpc", error.Address);
    }

    [Fact]
    public async Task A_bad_reference_fails_validation_and_the_mock_plan()
    {
        using var workspace = TerraformWorkspace.Create(ToolingStacks.With("${aws_vpc.vpc.id}", "${aws_subnet.missing.id}"));
        var token = TestContext.Current.CancellationToken;

        var validate = await workspace.ValidateAsync(token);
        var plan = await workspace.PlanWithMocksAsync(cancellationToken: token);

        Assert.Equal("Reference to undeclared resource", Assert.Single(validate.Errors).Summary);
        Assert.False(plan.Succeeded);
        Assert.Contains("A managed resource \"aws_subnet\" \"missing\" has not been declared", plan.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_fails_at_init_with_the_parse_error()
    {
        using var workspace = TerraformWorkspace.Create(ToolingStacks.With("\"cidr_block\": \"10.0.0.0/16\",", "\"cidr_block\": ,"));

        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        Assert.Equal("init", result.Command);
        Assert.Contains(result.Errors, e => e.Summary == "Invalid start of value");
        Assert.Throws<Wumbo.Testing.CheckFailedException>(() => result.EnsureSucceeded());
    }
}
