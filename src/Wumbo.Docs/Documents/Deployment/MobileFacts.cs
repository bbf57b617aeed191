using Wumbo.Docs.Rendering;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>The mobile app's build of one environment: its EAS build profile and identifiers.</summary>
public sealed record MobileFacts(string BuildProfile, string IosBundleId, string AndroidPackage)
{
    public static MobileFacts From(EnvironmentModel model) =>
        new(model.Mobile.EasBuildProfile.WireName(), model.Mobile.IosBundleId.Value, model.Mobile.AndroidPackage.Value);
}
