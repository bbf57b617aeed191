using System.Collections.Immutable;

namespace Wumbo.Preview.Stateful;

/// <summary>
/// A resource type whose replacement loses data or breaks clients: what a reviewer calls it, and the top-level
/// arguments whose change makes the provider replace it (a change anywhere inside a block argument counts).
/// </summary>
public sealed record StatefulType(string Type, string Kind, ImmutableArray<string> ForceNewArguments);
