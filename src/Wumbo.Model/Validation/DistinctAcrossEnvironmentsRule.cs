using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// One value must differ between all environments (app ids, host names, state locations). Every environment
/// that shares it gets a diagnostic in its own file, naming the others.
/// </summary>
internal sealed class DistinctAcrossEnvironmentsRule(
    DiagnosticDescriptor descriptor,
    string noun,
    Func<EnvironmentModel, (string Path, string Value)?> select,
    IEqualityComparer<string> comparer,
    string hint) : IEnvironmentSetRule
{
    public DistinctAcrossEnvironmentsRule(
        DiagnosticDescriptor descriptor, string noun, string path, Func<EnvironmentModel, string> value, IEqualityComparer<string> comparer, string hint)
        : this(descriptor, noun, model => (path, value(model)), comparer, hint)
    {
    }

    public void Check(ImmutableArray<BoundEnvironment> environments, ICollection<Diagnostic> diagnostics)
    {
        var selected = environments.Select(e => (Environment: e, Key: select(e.Model))).ToList();
        foreach (var (environment, key) in selected)
        {
            if (key is not { } mine)
            {
                continue;
            }

            var others = selected
                .Where(o => !ReferenceEquals(o.Environment, environment) && o.Key is { } theirs && comparer.Equals(theirs.Value, mine.Value))
                .Select(o => $"{o.Environment.Sources.File} ('{o.Environment.Model.Name}')")
                .ToList();
            if (others.Count > 0)
            {
                diagnostics.Report(
                    descriptor,
                    environment.Sources,
                    mine.Path,
                    $"{noun} '{mine.Value}' is also used by {string.Join(", ", others)}",
                    hint);
            }
        }
    }
}
