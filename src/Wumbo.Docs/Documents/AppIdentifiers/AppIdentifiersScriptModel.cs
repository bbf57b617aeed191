using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.AppIdentifiers;

/// <summary>What <c>app-identifiers.scriban</c> may read: <c>rows[]</c>, one per environment and platform.</summary>
internal static class AppIdentifiersScriptModel
{
    public const string Template = "app-identifiers.scriban";

    public static ScriptObject Create(AppIdentifiersView view) =>
        ScriptModel.Object(("rows", ScriptModel.List(view.Rows, row => ScriptModel.Object(
            ("environment", row.Environment),
            ("platform", row.Platform),
            ("identifier_kind", row.IdentifierKind),
            ("identifier", row.Identifier),
            ("build_profile", row.BuildProfile),
            ("api_url", row.ApiUrl)))));
}
