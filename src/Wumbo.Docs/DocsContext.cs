using System.Collections.Immutable;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Diagnostics;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Docs;

/// <summary>
/// Everything the documents are rendered from: the validated environments, ordered development, staging,
/// production (by tier, then name), and each one's synthesized stack. Built once per run.
/// </summary>
public sealed class DocsContext
{
    private readonly ImmutableSortedDictionary<string, StackFacts> _stacks;

    private DocsContext(ImmutableArray<EnvironmentModel> environments, ImmutableSortedDictionary<string, StackFacts> stacks)
    {
        Environments = environments;
        _stacks = stacks;
    }

    public ImmutableArray<EnvironmentModel> Environments { get; }

    public StackFacts Stack(EnvironmentModel environment) => _stacks[environment.Name];

    /// <summary>
    /// Synthesizes the environments' stacks in memory through the pipeline the app runs (the policy pack included, with
    /// waivers expiring after <paramref name="today"/>); its diagnostics are returned, not thrown. <paramref name="sources"/>
    /// lets them point at the environment files' lines.
    /// </summary>
    public static DocsContext Create(
        IEnumerable<EnvironmentModel> environments, ICollection<Diagnostic> diagnostics, DateOnly today, IReadOnlyDictionary<string, SourceMap>? sources = null)
    {
        var ordered = environments.OrderBy(e => e.Environment.Tier).ThenBy(e => e.Name, StringComparer.Ordinal).ToImmutableArray();
        var result = WumboSynthesis.Run(ordered, sources ?? ImmutableSortedDictionary<string, SourceMap>.Empty, today).Synthesis;
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        var stacks = ordered
            .Select(e => (e.Name, Json: result.Find($"stacks/{e.Name}/cdk.tf.json")))
            .Where(s => s.Json is not null)
            .ToImmutableSortedDictionary(s => s.Name, s => StackFacts.Parse(s.Name, s.Json!), StringComparer.Ordinal);
        return new DocsContext(ordered, stacks);
    }
}
