using System.Collections.Immutable;
using Wumbo.Docs.Costs;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// DEPLOYMENT.md: the environments in tier order; the order of their first applies (the stacks that create the
/// account's shared resources first, then tier order); and which of the summary's next steps are built.
/// </summary>
public sealed record DeploymentView(ImmutableArray<EnvironmentDeployment> Environments, ImmutableArray<string> SetupOrder, NextSteps NextSteps)
{
    public static DeploymentView From(DocsContext context, IReadOnlyList<EnvironmentCost> costs)
    {
        var owners = AccountOwners.Of(context.Environments);
        ImmutableArray<EnvironmentDeployment> environments =
            [.. context.Environments.Select(e => EnvironmentDeployment.From(e, context.Stack(e), costs.Single(c => c.Environment == e.Name), owners))];
        return new(
            environments,
            [.. environments.OrderByDescending(e => e.Setup.DeploysFirst).Select(e => e.Name)],
            NextSteps.From([.. context.Environments.Select(e => (e.IsProduction, context.Stack(e)))]));
    }
}
