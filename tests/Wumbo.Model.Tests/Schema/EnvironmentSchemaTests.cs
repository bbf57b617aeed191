using System.Text.Json;
using Wumbo.Model.Schema;
using Wumbo.Testing;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Schema;

/// <summary>
/// <c>environments/schema.json</c> is generated from the model; this fails when the checked-in copy is stale.
/// Regenerate with <c>WUMBO_UPDATE_SNAPSHOTS=1 dotnet test</c>.
/// </summary>
public sealed class EnvironmentSchemaTests
{
    [Fact]
    public void Checked_in_schema_is_current() =>
        Snapshot.VerifyFile(EnvironmentSchema.Generate(), RepositoryPaths.Environments, "schema.json");

    [Fact]
    public void Schema_is_deterministic_json() =>
        Assert.Equal(EnvironmentSchema.Generate(), EnvironmentSchema.Generate());

    [Fact]
    public void Schema_closes_every_mapping_and_requires_the_sections()
    {
        using var schema = JsonDocument.Parse(EnvironmentSchema.Generate());
        var root = schema.RootElement;

        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            ["environment", "dns", "email", "network", "security", "registry", "database", "cache", "compute", "monitoring", "frontend", "mobile", "state_backend", "usage", "policy"],
            root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.All(
            root.GetProperty("definitions").EnumerateObject(),
            definition => Assert.False(definition.Value.GetProperty("additionalProperties").GetBoolean()));
    }

    [Theory]
    [InlineData("development.yaml")]
    [InlineData("staging.yaml")]
    [InlineData("production.yaml")]
    public void Environment_files_point_editors_at_the_schema(string file)
    {
        var firstLine = File.ReadLines(Path.Combine(RepositoryPaths.Environments, file)).First();

        Assert.Equal("# yaml-language-server: $schema=./schema.json", firstLine);
    }
}
