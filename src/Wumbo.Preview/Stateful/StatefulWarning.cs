namespace Wumbo.Preview.Stateful;

/// <summary>A stateful resource the head would destroy or replace: its address, what it is (database, cache, ...) and why.</summary>
public sealed record StatefulWarning(string Address, string Kind, bool Replaced, string Reason);
