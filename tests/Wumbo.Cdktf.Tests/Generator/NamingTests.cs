using Wumbo.Cdktf.Generator.Emit;

namespace Wumbo.Cdktf.Tests.Generator;

public sealed class NamingTests
{
    // Every C# keyword, reserved and contextual.
    private static readonly string[] Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
        "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "add", "allows", "alias",
        "and", "ascending", "args", "async", "await", "by", "descending", "dynamic", "equals", "extension", "field", "file", "from",
        "get", "global", "group", "init", "into", "join", "let", "managed", "nameof", "nint", "not", "notnull", "nuint", "on", "or",
        "orderby", "partial", "record", "remove", "required", "scoped", "select", "set", "unmanaged", "value", "var", "when", "where",
        "with", "yield",
    ];

    [Theory]
    [InlineData("aws_wafv2_web_acl", "AwsWafv2WebAcl")]
    [InlineData("ipv6_cidr_block", "Ipv6CidrBlock")]
    [InlineData("enable_dns64", "EnableDns64")]
    [InlineData("s3_us_east_1_regional_endpoint", "S3UsEast1RegionalEndpoint")]
    [InlineData("_leading__doubled_", "LeadingDoubled")]
    [InlineData("kebab-case.dotted", "KebabCaseDotted")]
    [InlineData("3des", "_3des")]
    public void Snake_case_becomes_PascalCase(string wireName, string expected) => Assert.Equal(expected, Naming.Pascal(wireName));

    [Fact]
    public void No_wire_name_becomes_a_keyword_because_names_start_upper_case()
    {
        foreach (var keyword in Keywords)
        {
            Assert.DoesNotContain(Naming.Pascal(keyword), Keywords);
        }
    }

    [Fact]
    public void An_inherited_or_enclosing_name_takes_the_suffix_Attribute()
    {
        var names = Naming.MemberNames(["address", "lifecycle", "aws_thing", "vpc_id"], MemberScope.Resource, ["AwsThing", "AwsThingConfig"]);

        Assert.Equal("AddressAttribute", names["address"]);
        Assert.Equal("LifecycleAttribute", names["lifecycle"]);
        Assert.Equal("AwsThingAttribute", names["aws_thing"]);
        Assert.Equal("VpcId", names["vpc_id"]);
    }

    [Fact]
    public void The_same_wire_name_is_renamed_only_where_it_is_inherited()
    {
        Assert.Equal("Expression", Naming.MemberNames(["expression"], MemberScope.Resource, [])["expression"]);
        Assert.Equal("ExpressionAttribute", Naming.MemberNames(["expression"], MemberScope.Block, [])["expression"]);
        Assert.Equal("MoveTo", Naming.MemberNames(["move_to"], MemberScope.DataSource, [])["move_to"]);
        Assert.Equal("MoveToAttribute", Naming.MemberNames(["move_to"], MemberScope.Resource, [])["move_to"]);
    }

    [Fact]
    public void Names_that_still_collide_get_a_numeric_suffix_in_ordinal_order()
    {
        var names = Naming.MemberNames(["address_attribute", "address", "a_b", "a__b"], MemberScope.Resource, []);

        Assert.Equal("AB", names["a__b"]);
        Assert.Equal("AB2", names["a_b"]);
        Assert.Equal("AddressAttribute", names["address"]);
        Assert.Equal("AddressAttribute2", names["address_attribute"]);
    }
}
