using Wumbo.Testing;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class JsonencodeDecoderTests
{
    [Fact]
    public void The_sample_s_jsonencode_map_reads_back_with_references_as_interpolations()
    {
        var value = JsonencodeDecoder.Decode("${jsonencode({\"a\" = 1, \"b\" = \"two\", \"c\" = [true, null], \"d\" = aws_vpc.vpc.id, \"e-f\" = \"x${aws_vpc.vpc.id}\", \"g\" = {\"h\" = element(aws_subnet.s[*].id, 0)}})}");

        Assert.Equal(
            """{"a":1,"b":"two","c":[true,null],"d":"${aws_vpc.vpc.id}","e-f":"x${aws_vpc.vpc.id}","g":{"h":"${element(aws_subnet.s[*].id, 0)}"}}""",
            value.GetRawText());
    }

    [Fact]
    public void Escapes_are_read_and_nested_interpolations_kept_whole()
    {
        var value = JsonencodeDecoder.Decode("${jsonencode([\"a\\\"b\\n\", \"${x[\"k\"]}:tag\"])}");

        Assert.Equal("a\"b\n", value[0].GetString());
        Assert.Equal("${x[\"k\"]}:tag", value[1].GetString());
    }

    [Fact]
    public void Anything_else_is_refused()
    {
        Assert.Throws<CheckFailedException>(() => JsonencodeDecoder.Decode("plain"));
        Assert.Throws<CheckFailedException>(() => JsonencodeDecoder.Decode("${jsonencode({\"a\" 1})}"));
    }
}
