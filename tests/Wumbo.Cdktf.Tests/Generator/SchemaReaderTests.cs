using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Tests.Generator;

public sealed class SchemaReaderTests
{
    [Fact]
    public void Types_read_into_their_canonical_spelling()
    {
        var block = GeneratorSchemas.Read(("aws_thing", """
            {"attributes":{"a":{"type":["map",["set",["object",{"z":"number","b":["list","bool"]},["z"]]]],"optional":true}}}
            """)).Resources["aws_thing"];

        Assert.Equal("map(set(object({b=list(bool),z?=number})))", block.Attributes.Single().Type.ToString());
    }

    [Fact]
    public void A_nested_attribute_type_reads_as_the_equivalent_object_type()
    {
        var block = GeneratorSchemas.Read(("aws_thing", """
            {"attributes":{
              "one":{"nested_type":{"nesting_mode":"single","attributes":{"name":{"type":"string","required":true}}},"optional":true},
              "many":{"nested_type":{"nesting_mode":"set","attributes":{"size":{"type":"number","optional":true},"name":{"type":"string","required":true}}},"required":true}}}
            """)).Resources["aws_thing"];

        Assert.Equal(
            ["many: set(object({name=string,size?=number})) required", "one: object({name=string}) optional"],
            block.Attributes.Select(a => $"{a.Name}: {a.Type} {(a.Required ? "required" : "optional")}"));
    }

    [Fact]
    public void Members_are_sorted_and_the_provider_address_loses_its_host()
    {
        var schema = SchemaReader.Read(GeneratorSchemas.Document(
            [("aws_b", """{"attributes":{"z":{"type":"string","optional":true},"a":{"type":"string","optional":true}}}"""), ("aws_a", "{}")]), "1.2.3");

        Assert.Equal(("hashicorp/aws", "aws", "1.2.3"), (schema.Source, schema.LocalName, schema.Version));
        Assert.Equal(["aws_a", "aws_b"], schema.Resources.Keys);
        Assert.Equal(["a", "z"], schema.Resources["aws_b"].Attributes.Select(a => a.Name));
    }
}
