using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.Environments;

/// <summary>What <c>environments.scriban</c> may read: <c>environments[]</c> (names), <c>settings_compared</c> and <c>rows[]</c>.</summary>
internal static class EnvironmentsScriptModel
{
    public const string Template = "environments.scriban";

    public static ScriptObject Create(EnvironmentsView view) =>
        ScriptModel.Object(
            ("environments", ScriptModel.Texts(view.Environments)),
            ("settings_compared", view.SettingsCompared),
            ("rows", ScriptModel.List(view.Rows, row => ScriptModel.Object(
                ("path", row.Path),
                ("values", ScriptModel.List(row.Values, value => ScriptModel.Object(("text", value.Text), ("present", value.Present))))))));
}
