using System.Collections.Immutable;
using Wumbo.Docs.Rendering;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// What faces the internet in one environment: the web app's hosting (and the outputs its workflow deploys with),
/// the API's DNS name and certificate, and the SES identity mail is sent through. Hosts come from
/// <see cref="EnvironmentNames"/>; the owner of the account's SES identity is an environment's name, empty when
/// none of these files owns it.
/// </summary>
public sealed record EdgeFacts(
    string Hosting,
    bool IsAmplify,
    string AmplifyApp,
    string FrontendBranch,
    string WebHost,
    ImmutableArray<OutputFacts> FrontendOutputs,
    string Zone,
    string ApiHost,
    string Certificate,
    string EmailDomain,
    string FromAddress,
    bool OwnsEmailIdentity,
    string EmailIdentityOwner)
{
    private static readonly string[] FrontendOutputNames = ["amplify_app_id", "amplify_branch", "cloudfront_distribution_id", "site_bucket"];

    public static EdgeFacts From(EnvironmentModel model, StackFacts stack, string emailIdentityOwner)
    {
        var names = model.Names;
        return new(
            model.Frontend.Hosting.WireName(),
            model.Frontend.Hosting == FrontendHosting.Amplify,
            stack.Texts("aws_amplify_app", "name").SingleOrDefault() ?? string.Empty,
            model.Frontend.Branch ?? string.Empty,
            names.FrontendHost,
            [.. FrontendOutputNames.Where(stack.HasOutput).Select(name => new OutputFacts(name, stack.Output(name).Description))],
            model.Dns.Domain,
            names.ApiHost,
            stack.Texts("aws_acm_certificate", "domain_name").Single(domain => domain == names.ApiHost),
            model.Email.Domain,
            model.Email.FromAddress.Value,
            model.Email.OwnsDomainIdentity,
            emailIdentityOwner);
    }
}

/// <summary>A stack output a workflow reads (<c>terraform output -raw NAME</c>), with the stack's own description.</summary>
public sealed record OutputFacts(string Name, string Description);
