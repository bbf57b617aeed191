using System.Collections.Immutable;
using Wumbo.Docs.Costs;
using Wumbo.Docs.Diagrams;
using Wumbo.Docs.Rendering;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// Everything DEPLOYMENT.md says about one environment, per component of the deployment summary, from its model,
/// its synthesized stack, its cost estimate and its architecture diagram (Mermaid source without a fence).
/// </summary>
public sealed record EnvironmentDeployment(
    string Name,
    string Tier,
    string Branch,
    string Purpose,
    string Region,
    string StackFile,
    int ResourceCount,
    string ApiUrl,
    string WebUrl,
    string Diagram,
    string CostTotal,
    int CostLinesWithoutPrice,
    NetworkFacts Network,
    ImmutableArray<SecretFacts> Secrets,
    ImmutableArray<WaiverFacts> Waivers,
    RegistryFacts Registry,
    DatabaseFacts Database,
    CacheFacts Cache,
    ComputeFacts Compute,
    MonitoringFacts Monitoring,
    EdgeFacts Edge,
    MobileFacts Mobile,
    SetupFacts Setup)
{
    /// <summary>The facts of <paramref name="model"/>; <paramref name="owners"/> names the environments whose stacks create the account-wide resources.</summary>
    public static EnvironmentDeployment From(EnvironmentModel model, StackFacts stack, EnvironmentCost cost, AccountOwners owners)
    {
        var secrets = SecretFacts.From(model);
        return new(
            model.Name,
            model.Environment.Tier.WireName(),
            model.Environment.GitBranch ?? string.Empty,
            model.Environment.Purpose,
            model.Environment.Region.Value,
            $"cdktf.out/stacks/{model.Name}/cdk.tf.json",
            stack.All.Count(),
            model.Names.ApiUrl,
            "https://" + model.Names.FrontendHost,
            ArchitectureDiagram.Mermaid(model, stack).TrimEnd('\n'),
            Figures.MoneyRange(cost.MonthlyMin, cost.MonthlyMax),
            cost.LinesWithoutPrice,
            NetworkFacts.From(model, stack),
            secrets,
            WaiverFacts.From(model),
            RegistryFacts.From(model, owners.OidcProvider),
            DatabaseFacts.From(model, stack),
            CacheFacts.From(model, stack),
            ComputeFacts.From(model, stack),
            MonitoringFacts.From(model, stack),
            EdgeFacts.From(model, stack, owners.EmailIdentity),
            MobileFacts.From(model),
            SetupFacts.From(model, stack, secrets));
    }
}

/// <summary>The environment whose stack creates the account's GitHub OIDC provider, and the one that creates the SES identity; empty when none here does.</summary>
public sealed record AccountOwners(string OidcProvider, string EmailIdentity)
{
    public static AccountOwners Of(IEnumerable<EnvironmentModel> environments)
    {
        var all = environments.ToList();
        return new(
            all.FirstOrDefault(e => e.Registry.CiAccess.OwnsOidcProvider)?.Name ?? string.Empty,
            all.FirstOrDefault(e => e.Email.OwnsDomainIdentity)?.Name ?? string.Empty);
    }
}
