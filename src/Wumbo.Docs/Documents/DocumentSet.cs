using System.Collections.Immutable;
using Wumbo.Docs.Costs;
using Wumbo.Docs.Documents.AppIdentifiers;
using Wumbo.Docs.Documents.Costs;
using Wumbo.Docs.Documents.Deployment;
using Wumbo.Docs.Documents.Environments;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents;

/// <summary>
/// The documents of <c>docs/</c>, rendered from one <see cref="DocsContext"/>: each from its view model, through its
/// script model, with its template. The costs are estimated once and shown in COSTS.md and DEPLOYMENT.md.
/// </summary>
public static class DocumentSet
{
    /// <summary>Relative path → Markdown (LF, one final newline), ordered by path.</summary>
    public static IReadOnlyList<(string RelativePath, string Content)> Render(DocsContext context)
    {
        var renderer = new DocumentRenderer(TemplateCatalog.Embedded);
        ImmutableArray<EnvironmentCost> costs = [.. context.Environments.Select(e => CostEstimator.Estimate(e, context.Stack(e)))];
        return
        [
            ("APP-IDENTIFIERS.md", renderer.Render(AppIdentifiersScriptModel.Template, AppIdentifiersScriptModel.Create(AppIdentifiersView.From(context.Environments)))),
            ("COSTS.md", renderer.Render(CostsScriptModel.Template, CostsScriptModel.Create(CostsView.From(costs)))),
            ("DEPLOYMENT.md", renderer.Render(DeploymentScriptModel.Template, DeploymentScriptModel.Create(DeploymentView.From(context, costs)))),
            ("ENVIRONMENTS.md", renderer.Render(EnvironmentsScriptModel.Template, EnvironmentsScriptModel.Create(EnvironmentsView.From(context.Environments)))),
        ];
    }
}
