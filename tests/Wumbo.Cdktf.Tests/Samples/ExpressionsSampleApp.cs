using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>The app behind <c>samples/expressions</c>: every rendering case as a local.</summary>
internal static class ExpressionsSampleApp
{
    public static App Build()
    {
        var app = new App();
        var stack = new TerraformStack(app, "expressions");
        GenericProvider.CdktfAws(stack, ("region", "eu-west-1"));
        var names = new TerraformVariable(stack, "names", new TerraformVariableConfig { Type = "list(string)", Default = Tf.List("a", "b") });
        var port = new TerraformVariable(stack, "port", new TerraformVariableConfig { Type = "number", Default = 8080 });
        var tags = new TerraformVariable(stack, "tags", new TerraformVariableConfig { Type = "map(string)", Default = Tf.Map(("team", "x")) });
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16" });
        var rule = Tf.ForList(
            Tf.Map(("web", Tf.Map(("port", 80))), ("tls", Tf.Map(("port", 443)))),
            (_, val) => Tf.Map(("from_port", Tf.Property(val, "port")), ("to_port", Tf.Property(val, "port")), ("protocol", "tcp"), ("cidr_blocks", Tf.List("0.0.0.0/0"))));
        _ = new AwsSecurityGroup(stack, "sg", new AwsSecurityGroupConfig { Name = "expr", VpcId = vpc.Id, Ingress = new TfList<AwsSecurityGroupIngress>(rule) });

        foreach (var (name, value) in Locals(names, port, tags, vpc))
        {
            _ = new TerraformLocal(stack, name, value);
        }

        _ = new TerraformOutput(stack, "complex", new TerraformOutputConfig { Value = Tf.Map(("id", vpc.Id), ("list", Tf.List(vpc.Arn, "lit")), ("n", 3)) });
        return app;
    }

    private static IEnumerable<(string Name, Expression Value)> Locals(TerraformVariable names, TerraformVariable port, TerraformVariable tags, AwsVpc vpc) =>
    [
        ("bools_nulls", Tf.Map(("f", false), ("n", Tf.Null), ("t", true))),
        ("conditional", Fn.Conditional<TfString>(Op.Eq(port.NumberValue, 443), "https", "http")),
        ("element", names.ListValue.Element(0)),
        ("format", Fn.Format("%s-%d", vpc.Id, port.NumberValue)),
        ("join", Fn.Join(",", names.ListValue)),
        ("jsonencode_literal_dollar", Fn.Jsonencode(Tf.Map(("s", "a ${b} c"), ("nl", "x\ny")))),
        ("jsonencode_map", Fn.Jsonencode(Tf.Map(("a", 1), ("b", "two"), ("c", Tf.List(true, Tf.Null)), ("d", vpc.Id), ("e-f", Tf.Template($"x{vpc.Id}"))))),
        ("list_var", names.ListValue),
        ("literal_dollar_brace", "cost: ${not_a_ref}"),
        ("map_lookup", Fn.Lookup<TfString>(tags.MapValue, "team", "none")),
        ("nested_fn", Fn.Upper(Fn.Join("-", ["a", vpc.Id]))),
        ("newline_and_quotes", "line1\nline2 \"quoted\" \\ back"),
        ("non_ascii_and_html", "café ✓ <b>&'"),
        ("number_in_string", Tf.Template($"port={port.NumberValue}")),
        ("number_var", port.NumberValue),
        ("numbers", Tf.List(0, 1, -1, 1.5, 0.1, 1e21, 123456789012, 9007199254740992)),
        ("op_add", port.NumberValue + 1),
        ("op_not", !(TfBool)true),
        ("plain_string", "hello"),
        ("property_access", vpc.Tags.Get("Name")),
        ("raw_string", Fn.RawString("keep ${this} literal")),
        ("ref_in_string", Tf.Template($"prefix-{vpc.Id}-suffix")),
        ("ref_only", vpc.Id),
        ("two_refs", Tf.Template($"{vpc.Id}/{vpc.Arn}")),
    ];
}
