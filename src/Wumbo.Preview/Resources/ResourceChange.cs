using System.Collections.Immutable;

namespace Wumbo.Preview.Resources;

/// <summary>
/// One resource the head changes: its address in the head (in the base for <see cref="ChangeAction.Destroy"/>),
/// the base's address for a move, and the values that changed (none for a create, a destroy or a bare move).
/// </summary>
public sealed record ResourceChange(ChangeAction Action, string Address, string? MovedFrom, ImmutableArray<ArgumentChange> Arguments)
{
    public string Type => TerraformAddress.TypeOf(Address);

    /// <summary>The changed top-level arguments, each once, in order.</summary>
    public ImmutableArray<string> ChangedArguments => [.. Arguments.Select(a => a.Argument).Distinct(StringComparer.Ordinal)];
}
