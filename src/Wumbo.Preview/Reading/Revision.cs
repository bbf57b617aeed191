using System.Collections.Immutable;

namespace Wumbo.Preview.Reading;

/// <summary>One checkout compared by the preview (<c>base</c> or <c>head</c>): its synthesized stacks by environment and its environment models.</summary>
public sealed record Revision(string Label, ImmutableSortedDictionary<string, SynthesizedEnvironment> Stacks, RevisionModels Models);
