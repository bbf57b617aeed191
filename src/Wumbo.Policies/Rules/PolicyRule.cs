using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Policies.Stacks;

namespace Wumbo.Policies.Rules;

/// <summary>What is wrong with one resource, and the argument it is about (where a diagnostic can point).</summary>
public sealed record Violation(string Problem, string? Argument);

/// <summary>Reads one resource (and the stack around it); null when it passes.</summary>
public delegate Violation? ResourceCheck(StackResource resource, StackDocument stack);

/// <summary>
/// One rule of the pack: its id (its diagnostic code), what it requires, the resource types it reads, where it
/// applies, the ids of the same check in checkov, trivy and Security Hub, and how to fix a violation.
/// </summary>
public sealed record PolicyRule(
    string Id,
    string Title,
    ImmutableArray<string> ResourceTypes,
    PolicyScope Scope,
    ScannerIds Ids,
    string Fix,
    ResourceCheck Check)
{
    public DiagnosticDescriptor Descriptor { get; } = DiagnosticRange.Policy.Error(Id, Title);

    public bool AppliesTo(bool production) => Scope == PolicyScope.AllEnvironments || production;
}
