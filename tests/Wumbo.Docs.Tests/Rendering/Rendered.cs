using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Tests.Rendering;

/// <summary>Renders a one-off template (and partials) exactly as the documents are rendered.</summary>
internal static class Rendered
{
    public static string Text(string template, ScriptObject? model = null, params (string FileName, string Text)[] partials) =>
        new DocumentRenderer(TemplateCatalog.Parse([("test.scriban", template), .. partials]))
            .Render("test.scriban", model ?? new ScriptObject());
}
