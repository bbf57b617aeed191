using System.Collections.Immutable;
using System.Globalization;

namespace Wumbo.Preview.Markdown;

/// <summary>
/// The preview as one PR comment: a hidden marker the workflow finds its comment by, a warning no reviewer can miss
/// for every stateful resource destroyed or replaced, a summary table of every environment, then a section per
/// environment that changes. Long lists are collapsed in <c>&lt;details&gt;</c>.
/// </summary>
public static class PlanPreviewMarkdown
{
    /// <summary>The first line, always the same, so the workflow can find and update its one comment.</summary>
    public const string Marker = "<!-- wumbo-plan-preview -->";

    public static string Render(ImmutableArray<EnvironmentPreview> environments)
    {
        var markdown = new MarkdownWriter();
        markdown.Line(Marker);
        markdown.Line("## Plan preview");
        markdown.Line();
        markdown.Line(Headline(environments));
        Warnings(markdown, environments);
        markdown.Line();
        Summary(markdown, environments);
        foreach (var environment in environments.Where(e => e.HasChanges))
        {
            markdown.Line();
            EnvironmentSection.Write(markdown, environment);
        }

        markdown.Line();
        markdown.Line("<sub>Predicted from the synthesized stacks of the base and the head, without credentials or Terraform state: "
            + "`terraform plan` stays the authority. Replacements are predicted for the stateful types from the force-new arguments of "
            + "hashicorp/aws 5.100.0; both sides are priced with the head's price catalog.</sub>");
        return markdown.ToString();
    }

    private static string Headline(ImmutableArray<EnvironmentPreview> environments)
    {
        var changed = environments.Where(e => e.HasChanges).Select(e => e.Name).ToList();
        return changed.Count == 0
            ? "No environment changes: the synthesized stacks and their monthly costs are the same in the base and the head."
            : string.Create(CultureInfo.InvariantCulture, $"{changed.Count} of {environments.Length} environments change: {string.Join(", ", changed)}.");
    }

    private static void Warnings(MarkdownWriter markdown, ImmutableArray<EnvironmentPreview> environments)
    {
        var warnings = environments.SelectMany(e => e.Warnings.Select(w => (e.Name, Warning: w))).ToList();
        if (warnings.Count == 0)
        {
            return;
        }

        markdown.Line();
        markdown.Line("> [!CAUTION]");
        var one = warnings.Count == 1;
        markdown.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"> **{warnings.Count} stateful {(one ? "resource" : "resources")} would be destroyed or replaced, and {(one ? "its" : "their")} data with {(one ? "it" : "them")}.** Make sure each one is intended before merging."));
        markdown.Line(">");
        foreach (var (environment, warning) in warnings)
        {
            markdown.Line($"> - **{environment}**: {MarkdownText.Code(warning.Address)} ({warning.Kind}) would be **{(warning.Replaced ? "replaced" : "destroyed")}**: {warning.Reason}");
        }
    }

    private static void Summary(MarkdownWriter markdown, ImmutableArray<EnvironmentPreview> environments)
    {
        var rows = environments.Select(e =>
        {
            var counts = ChangeCounts.Of(e);
            return (IReadOnlyList<string>)
            [
                e.Name + e.Presence switch { EnvironmentPresence.Added => " (new)", EnvironmentPresence.Removed => " (removed)", _ => string.Empty },
                Count(counts.Add), Count(counts.Change), Count(counts.Replace), Count(counts.Destroy), Count(counts.Move),
                CostFigures.Total(e.Cost.Before), CostFigures.Total(e.Cost.After), CostFigures.Difference(e.Cost.Before, e.Cost.After),
            ];
        }).ToList();
        markdown.Table(["Environment", "Add", "Change", "Replace", "Destroy", "Move", "Monthly before", "Monthly after", "Difference"], rows, int.MaxValue);
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
