using System.Text.Json.Nodes;
using Wumbo.Cdktf.Stacks;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Model;
using Wumbo.Testing;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The checked-in environments, loaded and synthesized once for every test that reads the output.</summary>
internal static class WumboStacks
{
    private static readonly Lazy<SynthesisResult> Result = new(Synthesize);

    public static TheoryData<string> Names() => ["development", "staging", "production"];

    public static SynthesisResult Synthesized => Result.Value;

    public static string StackJson(string environment) =>
        Synthesized.Find($"stacks/{environment}/cdk.tf.json") ?? throw new InvalidOperationException($"no stack '{environment}'");

    public static JsonObject Stack(string environment) => JsonNode.Parse(StackJson(environment))!.AsObject();

    /// <summary>The environment's stack, read through the construct-testing API.</summary>
    public static SynthesizedStack For(string environment) => SynthesizedStack.Parse(environment, StackJson(environment));

    public static SynthesisResult Synthesize()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        var result = WumboApp.Build(loaded.Environments).Synth();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result;
    }
}
