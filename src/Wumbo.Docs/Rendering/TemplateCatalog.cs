using System.Collections.Immutable;
using Scriban;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// The documents' Scriban templates, each parsed once: the ones embedded in this assembly
/// (<c>Templates/*.scriban</c>, partials named <c>_name.scriban</c>), or given ones in tests. A template that does
/// not parse is a bug, so building the catalog throws with every message Scriban reports.
/// </summary>
internal sealed class TemplateCatalog
{
    private const string ResourcePrefix = "Templates/";

    private static readonly Lazy<TemplateCatalog> EmbeddedCatalog = new(LoadEmbedded);

    private readonly ImmutableSortedDictionary<string, Template> _templates;

    private TemplateCatalog(ImmutableSortedDictionary<string, Template> templates) => _templates = templates;

    /// <summary>The templates embedded in this assembly, parsed on first use.</summary>
    public static TemplateCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>The partials (<c>_name.scriban</c>) by file name, for <c>include '_name'</c>.</summary>
    public IEnumerable<KeyValuePair<string, Template>> Partials => _templates.Where(t => t.Key.StartsWith('_'));

    /// <summary>Parses templates given by file name (<c>costs.scriban</c>, <c>_row.scriban</c>) and text.</summary>
    public static TemplateCatalog Parse(IEnumerable<(string FileName, string Text)> sources)
    {
        var templates = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var (fileName, text) in sources)
        {
            // Line endings are the repository's LF; a checkout that converted them must not change the output.
            var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), ResourcePrefix + fileName);
            errors.AddRange(template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).Select(m => m.ToString()));
            templates[fileName] = template;
        }

        return errors.Count == 0
            ? new TemplateCatalog(templates.ToImmutable())
            : throw new InvalidOperationException("The docs' templates do not parse:\n" + string.Join('\n', errors));
    }

    public Template Document(string fileName) =>
        _templates.TryGetValue(fileName, out var template) && !fileName.StartsWith('_')
            ? template
            : throw new KeyNotFoundException($"no document template '{fileName}'");

    private static TemplateCatalog LoadEmbedded()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        return Parse(assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name[ResourcePrefix.Length..], reader.ReadToEnd());
            }));
    }
}
