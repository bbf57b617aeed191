using System.Globalization;
using Wumbo.Preview.Resources;
using Wumbo.Preview.Stateful;

namespace Wumbo.Preview.Markdown;

/// <summary>
/// One environment that changes: the count line, the resources table (collapsed when long), the changed values of
/// each changed or moved resource (collapsed), and its cost.
/// </summary>
internal static class EnvironmentSection
{
    // Beyond these a PR comment gets long; the preview run locally prints the same rows.
    private const int VisibleResourceRows = 10;
    private const int MaxResourceRows = 100;
    private const int MaxValueRows = 60;

    public static void Write(MarkdownWriter markdown, EnvironmentPreview environment)
    {
        markdown.Line("### " + environment.Name + environment.Presence switch
        {
            EnvironmentPresence.Added => " (new)",
            EnvironmentPresence.Removed => " (removed)",
            _ => string.Empty,
        });
        markdown.Line();
        if (environment.Presence == EnvironmentPresence.Removed)
        {
            markdown.Line("> [!NOTE]");
            markdown.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"> The head has no environment file for {environment.Name}, so it no longer synthesizes this stack. Nothing is destroyed: "
                + $"CI stops applying it, and its {environment.Resources.Before.All.Count()} resources stay in AWS, and are billed, until its Terraform workspace is destroyed."));
        }
        else
        {
            markdown.Line("**" + ChangeCounts.Of(environment) + "**");
            Resources(markdown, environment);
            Values(markdown, environment);
        }

        markdown.Line();
        CostSection.Write(markdown, environment);
    }

    private static void Resources(MarkdownWriter markdown, EnvironmentPreview environment)
    {
        var rows = ResourceRows(environment);
        if (rows.Count == 0)
        {
            return;
        }

        markdown.Line();
        var header = new[] { "Action", "Resource", "Changed arguments" };
        if (rows.Count <= VisibleResourceRows)
        {
            markdown.Table(header, rows, MaxResourceRows);
            return;
        }

        markdown.Details(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} resources"), m => m.Table(header, rows, MaxResourceRows));
    }

    private static List<IReadOnlyList<string>> ResourceRows(EnvironmentPreview environment)
    {
        var replacements = environment.Replacements.ToDictionary(r => r.Address, StringComparer.Ordinal);
        var warned = environment.Warnings.Select(w => w.Address).ToHashSet(StringComparer.Ordinal);
        var changed = environment.Resources.Changes.ToDictionary(c => c.Address, StringComparer.Ordinal);
        return [.. changed.Keys.Union(replacements.Keys)
            .Order(StringComparer.Ordinal)
            .Select(address => Row(changed.GetValueOrDefault(address), replacements.GetValueOrDefault(address), address, warned.Contains(address)))];
    }

    private static IReadOnlyList<string> Row(ResourceChange? change, Replacement? replacement, string address, bool warned)
    {
        var action = replacement is not null ? "replace" : change!.Action switch
        {
            ChangeAction.Create => "add",
            ChangeAction.Update => "change",
            ChangeAction.Move => "move",
            _ => "destroy",
        };
        var resource = change?.MovedFrom is { } from ? MarkdownText.Code(from) + " → " + MarkdownText.Code(address) : MarkdownText.Code(address);
        var forcing = replacement?.Arguments ?? [];
        var arguments = (change?.ChangedArguments ?? []).Union(forcing, StringComparer.Ordinal)
            .Select(a => MarkdownText.Code(a) + (forcing.Contains(a, StringComparer.Ordinal) ? " (forces replacement)" : string.Empty));
        var because = replacement?.ReplacedDependency is { } dependency ? ["refers to replaced " + MarkdownText.Code(dependency)] : Array.Empty<string>();
        return [(warned ? "⚠️ " : string.Empty) + action, resource, string.Join(", ", arguments.Concat(because))];
    }

    private static void Values(MarkdownWriter markdown, EnvironmentPreview environment)
    {
        var rows = environment.Resources.Changes
            .SelectMany(c => c.Arguments.Select(a => (IReadOnlyList<string>)[MarkdownText.Code(c.Address), MarkdownText.Code(a.Path), .. Shown(a)]))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        markdown.Line();
        markdown.Details(
            string.Create(CultureInfo.InvariantCulture, $"{rows.Count} changed {(rows.Count == 1 ? "value" : "values")}"),
            m => m.Table(["Resource", "Argument", "Before", "After"], rows, MaxValueRows));
    }

    private static string[] Shown(ArgumentChange change)
    {
        var (before, after) = ValueExcerpt.Of(SecretRedaction.Display(change.Path, change.Before), SecretRedaction.Display(change.Path, change.After));
        return [before is null ? "not set" : MarkdownText.Code(before), after is null ? "not set" : MarkdownText.Code(after)];
    }
}
