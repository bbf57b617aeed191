using System.Globalization;

namespace Wumbo.Preview.Markdown;

/// <summary>An environment's monthly cost before and after, why a side is not available, and the lines that changed (collapsed).</summary>
internal static class CostSection
{
    private const int MaxLineRows = 60;

    public static void Write(MarkdownWriter markdown, EnvironmentPreview environment)
    {
        var cost = environment.Cost;
        markdown.Line($"**Monthly cost**: {CostFigures.Total(cost.Before)} → {CostFigures.Total(cost.After)} ({CostFigures.Difference(cost.Before, cost.After)})");
        foreach (var (side, reason) in new[] { ("base", cost.Before?.UnavailableReason), ("head", cost.After?.UnavailableReason) })
        {
            if (reason is not null)
            {
                markdown.Line();
                markdown.Line($"Cost of the {side} not available: {MarkdownText.Cell(reason)}.");
            }
        }

        if (cost.ChangedLines.IsEmpty)
        {
            return;
        }

        var rows = cost.ChangedLines.Select(l => (IReadOnlyList<string>)
        [
            MarkdownText.Code(l.Address), MarkdownText.Cell(l.Item), CostFigures.Line(l.Before), CostFigures.Line(l.After), CostFigures.LineDifference(l.Before, l.After),
        ]).ToList();
        markdown.Line();
        markdown.Details(
            string.Create(CultureInfo.InvariantCulture, $"{rows.Count} changed cost {(rows.Count == 1 ? "line" : "lines")}"),
            m => m.Table(["Resource", "Item", "Before", "After", "Difference"], rows, MaxLineRows));
    }
}
