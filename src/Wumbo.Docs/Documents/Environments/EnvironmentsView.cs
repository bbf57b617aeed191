using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Environments;

/// <summary>
/// ENVIRONMENTS.md: every setting whose value differs between the environments (in tier order), in the order the
/// files write them, with how many settings were compared. A value that differs only by the environment's own
/// name is the same setting; a path that one environment lacks (a list entry, a state backend of another kind)
/// shows as absent there.
/// </summary>
public sealed record EnvironmentsView(ImmutableArray<string> Environments, int SettingsCompared, ImmutableArray<SettingRow> Rows)
{
    public static EnvironmentsView From(IReadOnlyList<EnvironmentModel> environments)
    {
        var flattened = environments.Select(SettingsFlattener.Flatten).ToList();
        var byPath = flattened.Select(settings => settings.ToDictionary(s => s.Path, StringComparer.Ordinal)).ToList();
        var paths = flattened.SelectMany(settings => settings).Select(s => s.Path).Distinct(StringComparer.Ordinal).ToList();
        var rows = paths
            .Select(path => (Path: path, Values: byPath.Select(settings => settings.GetValueOrDefault(path)).ToList()))
            .Where(row => row.Values.Select(v => v?.Compared).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(row => new SettingRow(row.Path, [.. row.Values.Select(v => v is null ? SettingValue.Absent : new SettingValue(v.Value, Present: true))]));
        return new([.. environments.Select(e => e.Name)], paths.Count, [.. rows]);
    }
}

/// <summary>One setting that differs: its YAML path and its value in each environment, in the view's order.</summary>
public sealed record SettingRow(string Path, ImmutableArray<SettingValue> Values);

/// <summary>A setting's value as the file writes it, or absent where the environment has no such path.</summary>
public sealed record SettingValue(string Text, bool Present)
{
    public static SettingValue Absent { get; } = new(string.Empty, Present: false);
}
