using System.Text.Json;
using Wumbo.Model.Secrets;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// No output carries a secret value: every string of every synthesized file passes the detector the environment
/// files pass, and no argument named like a secret holds a literal (a reference to a secret's ARN is fine).
/// </summary>
public sealed class OutputSecretsTests
{
    [Fact]
    public void No_string_in_any_synthesized_file_looks_like_a_secret()
    {
        foreach (var artifact in WumboStacks.Synthesized.Artifacts)
        {
            using var document = JsonDocument.Parse(artifact.Content);
            foreach (var (path, value) in Strings(document.RootElement, artifact.RelativePath))
            {
                Assert.True(SecretDetector.Classify(value) is null, $"{path} looks like {SecretDetector.Classify(value)}");
            }

            Assert.Empty(SecretNamedLiterals(document.RootElement, artifact.RelativePath));
        }
    }

    [Fact]
    public void The_scan_would_catch_a_secret_in_a_stack()
    {
        using var document = JsonDocument.Parse("""{"resource": {"aws_db_instance": {"db": {"password": "hunter2-Sup3rS3cret", "tags": {"Note": "password=hunter2"}}}}}""");

        Assert.Contains(Strings(document.RootElement, "stack"), s => SecretDetector.Classify(s.Value) is not null);
        Assert.Equal(["stack.resource.aws_db_instance.db.password"], SecretNamedLiterals(document.RootElement, "stack"));
    }

    // cdktf's "//" metadata maps names to names (an output called secret_arns to itself); it holds no values.
    private static IEnumerable<string> SecretNamedLiterals(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "//").SelectMany(p =>
            SecretDetector.NamesASecret(p.Name) && p.Value.ValueKind == JsonValueKind.String && !p.Value.GetString()!.StartsWith("${", StringComparison.Ordinal)
                ? [path + "." + p.Name]
                : SecretNamedLiterals(p.Value, path + "." + p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => SecretNamedLiterals(item, $"{path}[{i}]")),
        _ => [],
    };

    // Keys are strings too: a secret could hide in a map key such as a tag name.
    private static IEnumerable<(string Path, string Value)> Strings(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => [(path, element.GetString()!)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, path + "." + p.Name).Prepend((path + " (key)", p.Name))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => Strings(item, $"{path}[{i}]")),
        _ => [],
    };
}
