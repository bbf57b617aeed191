using System.Text.Json;
using Wumbo.Cdktf.Stacks;
using Wumbo.Preview.Stateful;
using Wumbo.Testing;

namespace Wumbo.Preview.Tests.Stateful;

/// <summary>The force-new table against the checked-in provider schema subset, which cannot say what forces a replacement but does say what exists.</summary>
public sealed class StatefulTypesTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.AwsSchemaSubset)));

    public static TheoryData<string, string> ForceNewArguments() =>
        [.. StatefulTypes.ByType.Values.SelectMany(t => t.ForceNewArguments.Select(a => (t.Type, a)))];

    [Fact]
    public void The_table_covers_exactly_the_types_the_stacks_treat_as_stateful()
    {
        Assert.Equal(StatefulResources.Types.Order(StringComparer.Ordinal), StatefulTypes.ByType.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ForceNewArguments))]
    public void Each_force_new_argument_is_an_argument_of_its_type_in_the_schema_subset(string type, string argument)
    {
        var block = ResourceBlock(type);
        var isAttribute = block.TryGetProperty("attributes", out var attributes) && attributes.TryGetProperty(argument, out var attribute)
            && (Flag(attribute, "optional") || Flag(attribute, "required"));
        var isBlock = block.TryGetProperty("block_types", out var blocks) && blocks.TryGetProperty(argument, out _);

        Assert.True(isAttribute || isBlock, $"{type} has no argument '{argument}' in {RepositoryPaths.AwsSchemaSubset}");
    }

    [Fact]
    public void The_schema_has_no_force_new_marker_to_read_instead()
    {
        var keys = StatefulTypes.ByType.Keys.SelectMany(type => ResourceBlock(type).GetProperty("attributes").EnumerateObject())
            .SelectMany(attribute => attribute.Value.EnumerateObject().Select(p => p.Name))
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("requires_replace", keys);
        Assert.DoesNotContain("force_new", keys);
    }

    private static JsonElement ResourceBlock(string type) =>
        Schema.Value.RootElement.GetProperty("provider_schemas").GetProperty("registry.terraform.io/hashicorp/aws")
            .GetProperty("resource_schemas").GetProperty(type).GetProperty("block");

    private static bool Flag(JsonElement attribute, string name) => attribute.TryGetProperty(name, out var value) && value.GetBoolean();
}
