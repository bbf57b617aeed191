using System.Globalization;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// Each environment's stack, and each variant the files do not choose, through Terraform 1.11.4 and the real
/// hashicorp/aws 5.100.0 provider, offline: <c>terraform validate</c> (the provider's own checks) and a plan
/// against a mocked provider whose data sources answer as AWS would. Skipped, with the reason, where Terraform
/// or the provider mirror is missing.
/// </summary>
public sealed class EnvironmentStackTerraformTests
{
    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public async Task Stack_passes_terraform_validate_with_the_real_provider(string environment) =>
        await Validate(WumboStacks.For(environment));

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public async Task Stack_plans_against_the_mocked_provider(string environment) =>
        await Plan(WumboStacks.For(environment));

    [Theory]
    [MemberData(nameof(StackVariants.Names), MemberType = typeof(StackVariants))]
    public async Task Variant_passes_terraform_validate_with_the_real_provider(string variant) =>
        await Validate(StackVariants.Get(variant));

    [Theory]
    [MemberData(nameof(StackVariants.Names), MemberType = typeof(StackVariants))]
    public async Task Variant_plans_against_the_mocked_provider(string variant) =>
        await Plan(StackVariants.Get(variant));

    private static async Task Validate(SynthesizedStack stack)
    {
        var started = DateTime.UtcNow;
        await stack.IsValidTerraformAsync(TestContext.Current.CancellationToken);
        Report(stack, "validate", started);
    }

    private static async Task Plan(SynthesizedStack stack)
    {
        var started = DateTime.UtcNow;
        await stack.PlansSuccessfullyAsync(MockedAws.DataSources, TestContext.Current.CancellationToken);
        Report(stack, "mocked plan", started);
    }

    private static void Report(SynthesizedStack stack, string step, DateTime started) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"{stack.Name}: {step} {(DateTime.UtcNow - started).TotalSeconds:0.00} s"));
}
