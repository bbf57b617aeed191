using Wumbo.Cdktf.Generator.Subset;
using Wumbo.Testing;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Generator;

public sealed class SchemaSubsetTests
{
    private const string FullSchema = """
        {"format_version":"1.0","provider_schemas":{"registry.terraform.io/hashicorp/aws":{
          "provider":{"version":0,"block":{"attributes":{"region":{"type":"string","optional":true,"description":"Q&A <here>"}}}},
          "resource_schemas":{
            "aws_c":{"version":1,"block":{"attributes":{"z":{"type":"string","optional":true},"a":{"type":["list","number"],"required":true}}}},
            "aws_b":{"version":0,"block":{}},
            "aws_a":{"version":0,"block":{"block_types":{"t":{"nesting_mode":"list","max_items":1,"block":{}}}}}},
          "data_source_schemas":{"aws_d":{"version":0,"block":{}}},
          "ephemeral_resource_schemas":{"aws_e":{"version":0,"block":{}}},
          "functions":{"arn_parse":{}}}}}
        """;

    [Fact]
    public void The_subset_keeps_Terraforms_structure_sorted_with_each_type_on_one_line()
    {
        var subset = SchemaSubset.Extract(FullSchema, TypeList.Parse("resource aws_c\nresource aws_a\ndata aws_d\n"));

        Assert.Equal(
            """
            {
              "format_version": "1.0",
              "provider_schemas": {
                "registry.terraform.io/hashicorp/aws": {
                  "data_source_schemas": {
                    "aws_d": {"block":{},"version":0}
                  },
                  "provider": {"block":{"attributes":{"region":{"description":"Q&A <here>","optional":true,"type":"string"}}},"version":0},
                  "resource_schemas": {
                    "aws_a": {"block":{"block_types":{"t":{"block":{},"max_items":1,"nesting_mode":"list"}}},"version":0},
                    "aws_c": {"block":{"attributes":{"a":{"required":true,"type":["list","number"]},"z":{"optional":true,"type":"string"}}},"version":1}
                  }
                }
              }
            }

            """,
            subset);
    }

    [Fact]
    public void An_empty_kind_is_an_empty_object()
    {
        var subset = SchemaSubset.Extract(FullSchema, TypeList.Parse("resource aws_b"));

        Assert.Contains("      \"data_source_schemas\": {},\n", subset, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_type_the_provider_lacks_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => SchemaSubset.Extract(FullSchema, TypeList.Parse("resource aws_x\nresource aws_a\ndata aws_y")));

        Assert.Equal("not in the provider's schema: resource aws_x, data aws_y", error.Message);
    }

    [Fact]
    public void The_type_list_takes_comments_and_blank_lines()
    {
        var types = TypeList.Parse("# networking\n\nresource aws_vpc   # the VPC\r\ndata\taws_caller_identity\n  resource aws_subnet\n");

        Assert.Equal(["aws_subnet", "aws_vpc"], types.Resources);
        Assert.Equal(["aws_caller_identity"], types.DataSources);
    }

    [Theory]
    [InlineData("resource aws_vpc\nresources aws_subnet", "line 2: expected 'resource <type>' or 'data <type>', found 'resources aws_subnet'")]
    [InlineData("resource aws_vpc extra", "line 1: expected 'resource <type>' or 'data <type>', found 'resource aws_vpc extra'")]
    [InlineData("data aws_x\n\ndata aws_x", "line 3: 'data aws_x' is listed twice")]
    public void A_malformed_type_list_is_refused_with_its_line(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => TypeList.Parse(text)).Message);

    [Fact]
    public async Task The_checked_in_subset_is_what_the_real_provider_gives()
    {
        using var workspace = TerraformWorkspace.Create(
            """{"terraform":{"required_providers":{"aws":{"source":"hashicorp/aws","version":""" + "\"" + OfflineTerraform.AwsProviderVersion + "\"}}}}");

        var schema = await workspace.ProvidersSchemaAsync(TestContext.Current.CancellationToken);

        schema.EnsureSucceeded();
        var types = TypeList.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.AwsBindings, "Schema", "types.txt"), TestContext.Current.CancellationToken));
        var expected = SchemaSubset.Extract(schema.Process.StandardOutput, types);
        var checkedIn = await File.ReadAllTextAsync(RepositoryPaths.AwsSchemaSubset, TestContext.Current.CancellationToken);
        Assert.True(
            expected == checkedIn,
            "src/Wumbo.Cdktf.Aws/Schema/" + Path.GetFileName(RepositoryPaths.AwsSchemaSubset)
            + " is not the subset of the real provider's schema; regenerate it with tools/aws-bindings/update");
    }
}
