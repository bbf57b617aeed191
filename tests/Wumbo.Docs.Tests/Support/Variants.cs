using Wumbo.Docs.Documents;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Tests.Support;

/// <summary>The choices the checked-in files do not make, as variants of development's model, rendered alone.</summary>
internal static class Variants
{
    public static EnvironmentModel IamUser(EnvironmentModel model) =>
        model with
        {
            Registry = model.Registry with { CiAccess = model.Registry.CiAccess with { Kind = CiPrincipalKind.IamUser, OwnsOidcProvider = false } },

            // The policy pack refuses IAM users (WUM5124, SECURITY-RULES I4) unless a waiver says why.
            Policy = model.Policy with
            {
                Waivers = model.Policy.Waivers.Add(new PolicyWaiver(
                    "WUM5124", "aws_iam_user.ecr_ci_user_52DD0799", "CI runs outside GitHub Actions, where OIDC is not available.", Date("2027-06-30"))),
            },
        };

    public static EnvironmentModel S3CloudFront(EnvironmentModel model) =>
        model with { Frontend = model.Frontend with { Hosting = FrontendHosting.S3CloudFront } };

    public static EnvironmentModel LocalState(EnvironmentModel model) => model with { StateBackend = new LocalStateBackend(null) };

    /// <summary>DEPLOYMENT.md of development changed by <paramref name="edit"/>.</summary>
    public static string Deployment(Func<EnvironmentModel, EnvironmentModel> edit) =>
        DocumentSet.Render(CheckedIn.ContextOf([edit(CheckedIn.Model("development"))])).Single(d => d.RelativePath == "DEPLOYMENT.md").Content;

    private static CalendarDate Date(string text) => CalendarDate.TryCreate(text, out var date, out var problem) ? date : throw new ArgumentException(problem);
}
