using Wumbo.Docs.Documents;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Tests.Support;

/// <summary>The choices the checked-in files do not make, as variants of development's model, rendered alone.</summary>
internal static class Variants
{
    public static EnvironmentModel IamUser(EnvironmentModel model) =>
        model with { Registry = model.Registry with { CiAccess = model.Registry.CiAccess with { Kind = CiPrincipalKind.IamUser, OwnsOidcProvider = false } } };

    public static EnvironmentModel S3CloudFront(EnvironmentModel model) =>
        model with { Frontend = model.Frontend with { Hosting = FrontendHosting.S3CloudFront } };

    public static EnvironmentModel LocalState(EnvironmentModel model) => model with { StateBackend = new LocalStateBackend(null) };

    /// <summary>DEPLOYMENT.md of development changed by <paramref name="edit"/>.</summary>
    public static string Deployment(Func<EnvironmentModel, EnvironmentModel> edit) =>
        DocumentSet.Render(CheckedIn.ContextOf([edit(CheckedIn.Model("development"))])).Single(d => d.RelativePath == "DEPLOYMENT.md").Content;
}
