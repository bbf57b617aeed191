using Wumbo.Policies.Rules;
using Wumbo.Policies.Stacks;

namespace Wumbo.Policies.Engine;

/// <summary>A rule one resource breaks.</summary>
public sealed record PolicyFinding(PolicyRule Rule, StackResource Resource, Violation Violation);
