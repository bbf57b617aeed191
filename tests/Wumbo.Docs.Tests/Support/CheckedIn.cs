using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Docs.Documents;
using Wumbo.Model;
using Wumbo.Model.Domain;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests.Support;

/// <summary>The checked-in environments, their stacks and their documents, each made once for every test that reads them.</summary>
internal static class CheckedIn
{
    private static readonly Lazy<ImmutableArray<EnvironmentModel>> LoadedModels = new(Load);
    private static readonly Lazy<DocsContext> LoadedContext = new(() => ContextOf(LoadedModels.Value));
    private static readonly Lazy<IReadOnlyList<(string RelativePath, string Content)>> RenderedDocuments = new(() => DocumentSet.Render(LoadedContext.Value));

    public static DocsContext Context => LoadedContext.Value;

    public static IReadOnlyList<(string RelativePath, string Content)> Documents => RenderedDocuments.Value;

    public static EnvironmentModel Model(string environment) => LoadedModels.Value.Single(m => m.Name == environment);

    public static string Document(string relativePath) => Documents.Single(d => d.RelativePath == relativePath).Content;

    /// <summary>The context of some models, for variants of the checked-in ones; synthesis must succeed.</summary>
    public static DocsContext ContextOf(IEnumerable<EnvironmentModel> models)
    {
        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(models, diagnostics, FixedClock.Today);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        return context;
    }

    private static ImmutableArray<EnvironmentModel> Load()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        return loaded.Environments;
    }
}
