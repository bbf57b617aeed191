using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model;

/// <summary>
/// The outcome of loading a set of environment files: the environments (ordered by name) when there is
/// no error, and every diagnostic, sorted by <see cref="DiagnosticOrder"/>.
/// </summary>
public sealed record ModelLoadResult(ImmutableArray<EnvironmentModel> Environments, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
