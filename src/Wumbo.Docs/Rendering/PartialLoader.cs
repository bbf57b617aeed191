using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// Resolves <c>include '_name'</c> to the partial <c>_name.scriban</c>. Every partial is parsed once by the
/// <see cref="TemplateCatalog"/> and handed to each render through its cache, so this loader is reached only for
/// a partial that does not exist, which fails the render.
/// </summary>
internal sealed class PartialLoader : ITemplateLoader
{
    private const string Extension = ".scriban";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName + Extension;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}' in Templates/");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
