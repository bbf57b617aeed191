using System.Text.Json;
using Wumbo.Diagnostics;
using Wumbo.Docs.Stacks;
using Wumbo.Model;
using Wumbo.Model.Domain;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests.Costs;

/// <summary>The checked-in environments with their synthesized stacks, and small hand-made stacks and models.</summary>
internal static class TestInputs
{
    private static readonly Lazy<DocsContext> Context = new(() =>
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(loaded.Environments, diagnostics, FixedClock.Today);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        return context;
    });

    public static DocsContext Real => Context.Value;

    public static EnvironmentModel CheckedIn(string name) => Real.Environments.Single(e => e.Name == name);

    /// <summary>Development's model with only the given usage (every other figure 0), for stacks written by hand.</summary>
    public static EnvironmentModel WithUsage(
        int natDataProcessedGb = 0,
        int dataTransferOutGb = 0,
        int loadBalancerCapacityUnits = 0,
        int endpointDataProcessedGb = 0) =>
        CheckedIn("development") with
        {
            Usage = new UsageAssumptions(
                natDataProcessedGb, dataTransferOutGb, LogIngestedGb: 0, LogStoredGb: 0, EcrStorageGb: 0, loadBalancerCapacityUnits,
                endpointDataProcessedGb, FlowLogIngestedGb: 0, WebDataServedGb: 0, WebStorageGb: 0),
        };

    /// <summary>
    /// A stack of the given resources, written as cdktf writes them:
    /// <c>Stack(new { aws_nat_gateway = new { nat = new { subnet_id = "…" } } })</c>.
    /// </summary>
    public static StackFacts Stack(object resources) =>
        StackFacts.Parse("hand-made", JsonSerializer.Serialize(new { resource = resources }));
}
