using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Preview.Reading;

/// <summary>
/// A checkout's environment files loaded with this (the head's) model, for pricing its stacks; or why they are not
/// available (an older checkout may hold files the head's model no longer accepts).
/// </summary>
public sealed record RevisionModels(ImmutableSortedDictionary<string, EnvironmentModel> ByName, string? UnavailableReason)
{
    public static RevisionModels Unavailable(string reason) =>
        new(ImmutableSortedDictionary.Create<string, EnvironmentModel>(StringComparer.Ordinal), reason);
}
