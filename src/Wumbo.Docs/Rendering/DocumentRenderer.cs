using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// Renders one document template with its script model, strictly: an unknown variable or member, or a missing
/// partial, fails instead of printing nothing, and nothing is truncated. Output is LF with exactly one final
/// newline, in the invariant culture, with no clock available to the templates.
/// </summary>
internal sealed class DocumentRenderer(TemplateCatalog templates)
{
    public string Render(string templateFileName, ScriptObject model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LimitToString = 0,
            // No limit on loops or on include depth: the models are validated and finite (YamlLimits bounds every
            // list), so a limit could only fail a valid, larger environment, never stop a runaway template.
            LoopLimit = 0,
            RecursiveLimit = 0,
            NewLine = "\n",
            TemplateLoader = new PartialLoader(),
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        // The output must not depend on when it was made.
        context.BuiltinObject.Remove("date");
        foreach (var (fileName, partial) in templates.Partials)
        {
            context.CachedTemplates[fileName] = partial;
        }

        context.PushGlobal(MarkdownFunctions.Create());
        context.PushGlobal(model);
        var text = templates.Document(templateFileName).Render(context);
        return text.TrimEnd('\n') + "\n";
    }
}
