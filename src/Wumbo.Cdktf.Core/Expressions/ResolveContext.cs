using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Expressions;

/// <summary>What rendering knows: the stack being written (opaque here) and where to report problems.</summary>
public sealed class ResolveContext(object scope, ICollection<Diagnostic> diagnostics)
{
    public object Scope { get; } = scope;

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);
}
