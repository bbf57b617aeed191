using System.Collections.Immutable;

namespace Wumbo.Preview.Stateful;

/// <summary>
/// A stateful resource the head replaces (destroys and creates anew at its head address): the force-new
/// arguments that changed, or the one that refers to <see cref="ReplacedDependency"/>, itself replaced, whose new
/// identity Terraform only learns at apply.
/// </summary>
public sealed record Replacement(string Address, ImmutableArray<string> Arguments, string? ReplacedDependency);
