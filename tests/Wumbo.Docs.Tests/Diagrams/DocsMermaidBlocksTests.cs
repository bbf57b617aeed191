using System.Globalization;
using Wumbo.Testing;
using Wumbo.Testing.Markdown;
using Wumbo.Testing.Tools;

namespace Wumbo.Docs.Tests.Diagrams;

/// <summary>Every <c>```mermaid</c> block the documents in <c>docs/</c> hold renders, as GitHub will render it.</summary>
[Collection(MermaidRendering.Name)]
public sealed class DocsMermaidBlocksTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_mermaid_block_in_the_docs_renders()
    {
        var blocks = DocsBlocks();
        // DEPLOYMENT.md embeds each environment's architecture diagram.
        Assert.True(blocks.Count >= CheckedInDocs.Context.Environments.Length, $"docs/ holds {blocks.Count} mermaid block(s)");

        var failures = new List<string>();
        foreach (var (where, source) in blocks)
        {
            var render = await MermaidCli.RenderAsync(source, TestContext.Current.CancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{where}: {(render.Succeeded ? "rendered" : "FAILED")} in {render.Elapsed.TotalSeconds:0.0} s"));
            if (!render.Succeeded)
            {
                failures.Add(where + ": " + render.Errors);
            }
        }

        Assert.Empty(failures);
    }

    private static List<(string Where, string Source)> DocsBlocks()
    {
        var docs = Path.Combine(RepositoryPaths.Root, "docs");
        return [.. Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => MermaidBlocks.Extract(File.ReadAllText(file)).Select(b => (Where(Path.GetRelativePath(RepositoryPaths.Root, file), b), b.Source)))];
    }

    private static string Where(string file, MermaidBlock block) => string.Create(CultureInfo.InvariantCulture, $"{file}:{block.Line}");
}
