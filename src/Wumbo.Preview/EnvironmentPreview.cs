using System.Collections.Immutable;
using Wumbo.Preview.Costs;
using Wumbo.Preview.Resources;
using Wumbo.Preview.Stateful;

namespace Wumbo.Preview;

/// <summary>What the change does to one environment: its resources, the stateful ones it destroys or replaces, and its cost.</summary>
public sealed record EnvironmentPreview(
    string Name,
    EnvironmentPresence Presence,
    StackDiff Resources,
    ImmutableArray<Replacement> Replacements,
    ImmutableArray<StatefulWarning> Warnings,
    CostComparison Cost)
{
    public bool HasChanges =>
        Presence != EnvironmentPresence.Both || !Resources.Changes.IsEmpty || !Replacements.IsEmpty || !Cost.ChangedLines.IsEmpty;
}

/// <summary>Whether an environment's stack is in both checkouts or only in one.</summary>
public enum EnvironmentPresence
{
    Both,

    /// <summary>Only the head synthesizes it: a new environment.</summary>
    Added,

    /// <summary>Only the base synthesizes it: the head no longer has its environment file.</summary>
    Removed,
}
