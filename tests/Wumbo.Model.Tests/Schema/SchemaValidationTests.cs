using System.Text;
using System.Text.Json;
using Json.Schema;
using Wumbo.Model.Schema;
using Wumbo.Model.Tests.Loading;
using Wumbo.Model.Yaml;
using Wumbo.Testing;

namespace Wumbo.Model.Tests.Schema;

/// <summary>
/// The generated schema, run by a real JSON Schema validator (JsonSchema.Net) over the files as an editor sees
/// them: it accepts the checked-in environments and rejects what the binder rejects at the schema's level.
/// </summary>
public sealed class SchemaValidationTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(EnvironmentSchema.Generate()));

    private static EvaluationResults Evaluate(string yaml)
    {
        var read = YamlReader.Read(new SourceFile("environments/development.yaml", Encoding.UTF8.GetBytes(yaml)), YamlLimits.Default);
        Assert.Empty(read.Diagnostics);
        return Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(read.Root!)), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [InlineData("development.yaml")]
    [InlineData("staging.yaml")]
    [InlineData("production.yaml")]
    public void The_environment_files_satisfy_the_schema(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(RepositoryPaths.Environments, file)));

        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("  nat_gateways: 1", "  nat_gateway: 1")]
    [InlineData("  nat_gateways: 1", "  nat_gateways: 9")]
    [InlineData("  nat_gateways: 1", "  nat_gateways: one")]
    [InlineData("  cpu_architecture: arm64", "  cpu_architecture: arm")]
    [InlineData("  nat_gateways: 1", "")]
    public void The_schema_rejects_what_the_binder_rejects(string line, string replacement)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Environments, "development.yaml"));
        Assert.Contains(line + "\n", yaml, StringComparison.Ordinal);

        Assert.False(Evaluate(yaml.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal)).IsValid);
        Assert.True(EnvironmentFiles.LoadText(yaml.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal)).HasErrors);
    }
}
