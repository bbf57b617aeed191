using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Model;

/// <summary>
/// The outcome of loading a set of environment files: the environments (ordered by name) when there is
/// no error, every diagnostic, sorted by <see cref="DiagnosticOrder"/>, and where each environment's values were
/// written (by environment name), so that later stages can point at the file's lines too.
/// </summary>
public sealed record ModelLoadResult(
    ImmutableArray<EnvironmentModel> Environments,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableSortedDictionary<string, SourceMap> Sources)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
