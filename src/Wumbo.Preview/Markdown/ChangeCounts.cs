using System.Globalization;
using Wumbo.Preview.Resources;

namespace Wumbo.Preview.Markdown;

/// <summary>How many resources an environment's change adds, changes in place, replaces, destroys and moves.</summary>
internal sealed record ChangeCounts(int Add, int Change, int Replace, int Destroy, int Move)
{
    public static ChangeCounts Of(EnvironmentPreview environment)
    {
        if (environment.Presence == EnvironmentPresence.Removed)
        {
            return new ChangeCounts(0, 0, 0, 0, 0);
        }

        var replaced = environment.Replacements.Select(r => r.Address).ToHashSet(StringComparer.Ordinal);
        var changes = environment.Resources.Changes;
        return new ChangeCounts(
            changes.Count(c => c.Action == ChangeAction.Create),
            changes.Count(c => c.Action == ChangeAction.Update && !replaced.Contains(c.Address)),
            replaced.Count,
            changes.Count(c => c.Action == ChangeAction.Destroy),
            changes.Count(c => c.Action == ChangeAction.Move));
    }

    /// <summary>As Terraform summarises a plan: "1 to add, 2 to change, 0 to replace, 0 to destroy, 1 to move".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Add} to add, {Change} to change, {Replace} to replace, {Destroy} to destroy, {Move} to move");
}
