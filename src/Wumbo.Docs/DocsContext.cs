using System.Collections.Immutable;
using Wumbo.Cdktf.Stacks;
using Wumbo.Diagnostics;
using Wumbo.Docs.Stacks;
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

    /// <summary>Synthesizes the environments' stacks in memory, as the app would write them; synthesis diagnostics are returned, not thrown.</summary>
    public static DocsContext Create(IEnumerable<EnvironmentModel> environments, ICollection<Diagnostic> diagnostics)
    {
        var ordered = environments.OrderBy(e => e.Environment.Tier).ThenBy(e => e.Name, StringComparer.Ordinal).ToImmutableArray();
        var result = WumboApp.Build(ordered).Synth();
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
