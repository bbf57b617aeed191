using System.Collections.Immutable;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Stacks;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;
using Wumbo.Policies.Engine;
using Wumbo.Policies.Rules;
using Wumbo.Policies.Stacks;

namespace Wumbo.Cdktf.Pipeline;

/// <summary>What synthesis produced, and the waivers that held in each environment.</summary>
public sealed record WumboSynthesisResult(SynthesisResult Synthesis, ImmutableSortedDictionary<string, ImmutableArray<Waiver>> ActiveWaivers)
{
    public ImmutableArray<Diagnostic> Diagnostics => Synthesis.Diagnostics;

    public bool Success => Synthesis.Success;
}

/// <summary>
/// Synthesis as every host runs it: build the app from the environments, write each waiver into its resource's
/// <c>"//"</c> comment for other scanners, synthesize, and run the policy pack on every rendered stack before
/// anything is returned. Policy findings point at the environment file's line where the model knows it.
/// </summary>
public static class WumboSynthesis
{
    public static WumboSynthesisResult Run(
        IReadOnlyList<EnvironmentModel> environments, IReadOnlyDictionary<string, SourceMap> sources, DateOnly today) =>
        Run(WumboApp.Build(environments), environments, sources, today);

    /// <summary>As above, on an app built from the environments and changed since (an aspect, an override).</summary>
    public static WumboSynthesisResult Run(
        App app, IReadOnlyList<EnvironmentModel> environments, IReadOnlyDictionary<string, SourceMap> sources, DateOnly today)
    {
        var byName = environments.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var waivers = environments.ToDictionary(e => e.Name, e => Waivers(e, sources.GetValueOrDefault(e.Name)), StringComparer.Ordinal);
        foreach (var stack in app.Node.Children.OfType<TerraformStack>())
        {
            WriteComments(stack, waivers[stack.Node.Id], today);
        }

        var active = new SortedDictionary<string, ImmutableArray<Waiver>>(StringComparer.Ordinal);
        var result = app.Synth((stack, json, diagnostics) =>
        {
            var environment = byName[stack.Node.Id];
            var run = PolicyEngine.Check(new StackDocument(json), environment.IsProduction, waivers[environment.Name], today, Locator(stack, sources.GetValueOrDefault(environment.Name)));
            foreach (var diagnostic in run.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            active[environment.Name] = run.ActiveWaivers;
        });
        return new WumboSynthesisResult(result, active.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static ImmutableArray<Waiver> Waivers(EnvironmentModel environment, SourceMap? sources) =>
    [
        .. environment.Policy.Waivers.Select((w, i) =>
        {
            var path = $"policy.waivers[{i}]";
            return new Waiver(w.Rule, w.Resource, w.Reason, w.Expires.Date, sources?.Find(path), path);
        }),
    ];

    private static void WriteComments(TerraformStack stack, ImmutableArray<Waiver> waivers, DateOnly today)
    {
        var resources = stack.Node.FindAll().OfType<TerraformResource>().ToLookup(r => r.Address, StringComparer.Ordinal);
        foreach (var waiver in waivers.Where(w => w.Expires >= today))
        {
            if (PolicyRules.Find(waiver.RuleId) is not { } rule)
            {
                continue;
            }

            foreach (var resource in resources[waiver.Resource])
            {
                foreach (var (key, line) in ScannerComments.For(rule, waiver))
                {
                    resource.AddComment(key, line);
                }
            }
        }
    }

    // A finding's resource → the construct it was rendered from → the model path it was compiled from → the line.
    private static FindingLocator Locator(TerraformStack stack, SourceMap? sources)
    {
        var constructs = stack.Node.FindAll().ToDictionary(c => c.Node.Path, StringComparer.Ordinal);
        return (StackResource resource, string? argument, out string? modelPath) =>
        {
            modelPath = constructs.TryGetValue(resource.ConstructPath, out var construct) ? ModelOrigin.Find(construct, argument) : null;
            return modelPath is null || sources is null ? null : sources.Find(modelPath);
        };
    }
}
