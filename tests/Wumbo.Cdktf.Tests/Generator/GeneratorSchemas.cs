using Wumbo.Cdktf.Generator.Emit;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Tests.Generator;

/// <summary>Small hand-made provider schemas for the generator's unit tests, in the JSON Terraform writes.</summary>
internal static class GeneratorSchemas
{
    public const string DefaultProviderBlock = """{"attributes":{"region":{"type":"string","optional":true}}}""";

    /// <summary>A schema document: <paramref name="resources"/> and <paramref name="dataSources"/> map type names to block JSON.</summary>
    public static string Document(
        IEnumerable<(string Type, string Block)>? resources = null,
        IEnumerable<(string Type, string Block)>? dataSources = null,
        string providerBlock = DefaultProviderBlock) =>
        """{"format_version":"1.0","provider_schemas":{"registry.terraform.io/hashicorp/aws":{"provider":{"version":0,"block":"""
        + providerBlock + """},"resource_schemas":""" + Types(resources) + ""","data_source_schemas":""" + Types(dataSources) + "}}}";

    public static ProviderSchema Read(params (string Type, string Block)[] resources) => SchemaReader.Read(Document(resources), "5.0.0");

    /// <summary>The plan of the one resource in <paramref name="block"/>, named <c>aws_thing</c>.</summary>
    public static OwnerPlan PlanThing(string block) => BindingPlanner.Plan(Read(("aws_thing", block))).Single(p => p.TerraformType == "aws_thing");

    private static string Types(IEnumerable<(string Type, string Block)>? types) =>
        "{" + string.Join(",", (types ?? []).Select(t => $"\"{t.Type}\":{{\"version\":0,\"block\":{t.Block}}}")) + "}";
}
