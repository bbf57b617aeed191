using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Tests.Support;

internal static class Synth
{
    /// <summary>Synthesizes and returns one stack's JSON, failing the test on any error diagnostic.</summary>
    public static JsonObject Stack(App app, string stackId)
    {
        var result = app.Synth();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var text = result.Find("stacks/" + stackId + "/cdk.tf.json");
        Assert.NotNull(text);
        return Parse(text);
    }

    public static JsonObject Parse(string text) =>
        JsonText.TryParse(text, out var value, out var error) && value is JsonObject obj ? obj : throw new InvalidOperationException(error);

    /// <summary>A value at a path of object keys, for focused assertions.</summary>
    public static JsonValue? At(JsonObject root, params string[] path) =>
        path.Aggregate((JsonValue?)root, (current, key) => (current as JsonObject)?[key]);

    public static string Text(JsonValue? value) => value is null ? "<absent>" : TerraformJsonWriter.Write(value);

    /// <summary><see cref="Text"/> on one line, <c>{"a": [1, 2]}</c>, for short expected values.</summary>
    public static string OneLine(JsonValue? value) =>
        string.Join(" ", Text(value).Split('\n').Select(line => line.Trim()))
            .Replace("{ ", "{", StringComparison.Ordinal)
            .Replace(" }", "}", StringComparison.Ordinal)
            .Replace("[ ", "[", StringComparison.Ordinal)
            .Replace(" ]", "]", StringComparison.Ordinal);
}
