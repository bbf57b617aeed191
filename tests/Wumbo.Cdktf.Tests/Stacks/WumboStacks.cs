using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Cdktf.Stacks;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Model;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;
using Wumbo.Testing;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The checked-in environments, loaded and synthesized once for every test that reads the output.</summary>
internal static class WumboStacks
{
    private static readonly Lazy<ImmutableArray<EnvironmentModel>> Models = new(Load);
    private static readonly Lazy<SynthesisResult> Result = new(Synthesize);

    public static TheoryData<string> Names() => ["development", "staging", "production"];

    public static SynthesisResult Synthesized => Result.Value;

    public static string StackJson(string environment) =>
        Synthesized.Find($"stacks/{environment}/cdk.tf.json") ?? throw new InvalidOperationException($"no stack '{environment}'");

    public static JsonObject Stack(string environment) => JsonNode.Parse(StackJson(environment))!.AsObject();

    /// <summary>The environment's stack, read through the construct-testing API.</summary>
    public static SynthesizedStack For(string environment) => SynthesizedStack.Parse(environment, StackJson(environment));

    public static EnvironmentModel Model(string environment) => Models.Value.Single(m => m.Name == environment);

    /// <summary>The stack of a checked-in environment changed by <paramref name="edit"/>, for choices the files do not make.</summary>
    public static SynthesizedStack Variant(string environment, Func<EnvironmentModel, EnvironmentModel> edit)
    {
        // The app alone, without the policy pack: a variant is a construct-level choice, not a configuration to police.
        var model = edit(Model(environment));
        var result = WumboApp.Build([model]).Synth();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return SynthesizedStack.Parse(model.Name, result.Find($"stacks/{model.Name}/cdk.tf.json")!);
    }

    /// <summary>What the app writes: the whole pipeline, the policy pack and its waivers' comments included.</summary>
    public static SynthesisResult Synthesize()
    {
        var result = WumboSynthesis.Run(Models.Value, ImmutableSortedDictionary<string, SourceMap>.Empty, FixedClock.Today).Synthesis;
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result;
    }

    private static ImmutableArray<EnvironmentModel> Load()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        return loaded.Environments;
    }
}
