using System.Globalization;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// Each environment's stack through Terraform 1.11.4 and the real hashicorp/aws 5.100.0 provider, offline:
/// <c>terraform validate</c> (the provider's own checks) and a plan against a mocked provider. Skipped, with
/// the reason, where Terraform or the provider mirror is missing.
/// </summary>
public sealed class EnvironmentStackTerraformTests
{
    // A mocked data source returns empty lists; the stacks index into the region's zones.
    private static readonly Dictionary<string, string> MockData = new(StringComparer.Ordinal)
    {
        ["aws_availability_zones"] = "{ names = [\"us-east-1a\", \"us-east-1b\", \"us-east-1c\"], zone_ids = [\"use1-az1\", \"use1-az2\", \"use1-az4\"] }",
    };

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public async Task Stack_passes_terraform_validate_with_the_real_provider(string environment)
    {
        using var workspace = TerraformWorkspace.Create(WumboStacks.StackJson(environment));

        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        result.EnsureSucceeded(failOnWarnings: true);
        Report(environment, "validate", result);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public async Task Stack_plans_against_the_mocked_provider(string environment)
    {
        using var workspace = TerraformWorkspace.Create(WumboStacks.StackJson(environment));

        var result = await workspace.PlanWithMocksAsync(mockData: MockData, cancellationToken: TestContext.Current.CancellationToken);

        result.EnsureSucceeded();
        Report(environment, "mocked plan", result);
    }

    private static void Report(string environment, string step, TerraformResult result) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"{environment}: {step} {result.Process.Elapsed.TotalSeconds:0.00} s"));
}
