using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The web app on AWS Amplify Hosting: an app, the environment's branch, and the web host as its custom
/// domain. The app is not connected to the repository (that would put a GitHub token into Terraform): the
/// frontend workflow uploads each build with <c>aws amplify create-deployment</c> and <c>start-deployment</c>
/// using the app id output. Amplify issues the domain's certificate and writes its DNS records into the
/// Route 53 zone of the same account itself.
/// </summary>
internal sealed class AmplifyHosting : Construct
{
    public AmplifyHosting(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        var environment = context.Environment;
        var variables = TfMap.Strings([new("NEXT_PUBLIC_API_URL", context.Names.ApiUrl)]);
        var app = new AwsAmplifyApp(this, "app", new AwsAmplifyAppConfig
        {
            Name = context.Names.Resource("web"),
            Description = $"The Wumbo web app, {environment.Name}",
            Platform = "WEB",
            EnvironmentVariables = variables,
        });
        var branch = new AwsAmplifyBranch(this, "branch", new AwsAmplifyBranchConfig
        {
            AppId = app.Id,
            BranchName = environment.Frontend.Branch ?? environment.Name,
            Stage = environment.Environment.Tier switch
            {
                EnvironmentTier.Production => "PRODUCTION",
                EnvironmentTier.Staging => "BETA",
                _ => "DEVELOPMENT",
            },
            Framework = "Next.js - SSG",
            EnableAutoBuild = false,
            EnvironmentVariables = variables,
        });
        _ = new AwsAmplifyDomainAssociation(this, "domain", new AwsAmplifyDomainAssociationConfig
        {
            AppId = app.Id,
            DomainName = context.Names.FrontendHost,
            WaitForVerification = false,
            SubDomain = [new AwsAmplifyDomainAssociationSubDomain { BranchName = branch.BranchName, Prefix = string.Empty }],
        });
        Outputs =
        [
            ("amplify_app_id", "The Amplify app the frontend workflow deploys to (AMPLIFY_APP_ID).", app.Id),
            ("amplify_branch", "The Amplify branch of this environment.", branch.BranchName),
        ];
    }

    public IReadOnlyList<(string Name, string Description, TfString Value)> Outputs { get; }
}
