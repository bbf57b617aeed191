using System.Collections.Immutable;
using Wumbo.Docs.Rendering;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.AppIdentifiers;

/// <summary>APP-IDENTIFIERS.md: for each environment (tier order), one row for iOS, then one for Android.</summary>
public sealed record AppIdentifiersView(ImmutableArray<AppIdentifierRow> Rows)
{
    public static AppIdentifiersView From(IEnumerable<EnvironmentModel> environments) =>
        new([.. environments.SelectMany(e => new[]
        {
            new AppIdentifierRow(e.Name, "iOS", "bundle id", e.Mobile.IosBundleId.Value, e.Mobile.EasBuildProfile.WireName(), e.Names.ApiUrl),
            new AppIdentifierRow(e.Name, "Android", "package", e.Mobile.AndroidPackage.Value, e.Mobile.EasBuildProfile.WireName(), e.Names.ApiUrl),
        })]);
}

/// <summary>One build of the mobile app: where it runs, its identifier (and what kind), its EAS build profile and the API it calls.</summary>
public sealed record AppIdentifierRow(string Environment, string Platform, string IdentifierKind, string Identifier, string BuildProfile, string ApiUrl);
