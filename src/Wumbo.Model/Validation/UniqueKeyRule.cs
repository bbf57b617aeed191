using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// The items of one list in an environment need distinct keys (service names, secret ids, repository ids):
/// each repeat is reported at its own key, naming the first item that used it.
/// </summary>
internal sealed class UniqueKeyRule<T>(
    DiagnosticDescriptor descriptor,
    string listPath,
    Func<EnvironmentModel, ImmutableArray<T>> items,
    string keyField,
    Func<T, string> key,
    string noun) : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var list = items(model);
        foreach (var (index, first) in Duplicates.Find(list, key, StringComparer.Ordinal))
        {
            diagnostics.Report(
                descriptor,
                sources,
                ModelPaths.Item(listPath, index, keyField),
                $"{noun} '{key(list[index])}' is already used by {ModelPaths.Item(listPath, first)}",
                $"give each item of {listPath} its own {keyField}");
        }
    }
}
