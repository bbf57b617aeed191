using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Tests.Json;

public sealed class TerraformJsonWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [InlineData("line\nfeed\ttab\rcr\bbs\fff", "\"line\\nfeed\\ttab\\rcr\\bbs\\fff\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [InlineData("café ✓ <b>&'+", "\"café ✓ <b>&'+\"")]
    [InlineData("\u007f\u2028", "\"\u007f\u2028\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("/", "\"/\"")]
    public void Escapes_strings_like_JSON_stringify(string value, string expected)
    {
        Assert.Equal(expected, TerraformJsonWriter.Quote(value));
    }

    [Fact]
    public void Escapes_a_lone_surrogate_as_well_formed_JSON_stringify_does()
    {
        // Built at run time: attribute data cannot carry a lone surrogate.
        Assert.Equal("\"a\\ud800b\"", TerraformJsonWriter.Quote("a" + (char)0xD800 + "b"));
    }

    [Fact]
    public void Sorts_keys_ordinally_and_splits_empty_containers_over_two_lines()
    {
        var value = JsonObject.Of(
            ("b", JsonArray.Empty),
            ("a", JsonObject.Of(("Z", JsonValue.From(true)), ("_", JsonValue.Null), ("//", JsonObject.Empty))),
            ("B", JsonValue.From(1.5)));

        Assert.Equal(
            "{\n  \"B\": 1.5,\n  \"a\": {\n    \"//\": {\n    },\n    \"Z\": true,\n    \"_\": null\n  },\n  \"b\": [\n  ]\n}",
            TerraformJsonWriter.Write(value));
    }

    [Fact]
    public void Writes_scalars_without_a_final_newline()
    {
        Assert.Equal("null", TerraformJsonWriter.Write(JsonValue.Null));
        Assert.Equal("false", TerraformJsonWriter.Write(JsonValue.From(false)));
        Assert.Equal("[\n  1,\n  \"x\"\n]", TerraformJsonWriter.Write(new JsonArray([JsonValue.From(1), JsonValue.From("x")])));
    }

    [Fact]
    public void Invalid_json_text_is_an_error_message_not_an_exception()
    {
        Assert.False(JsonText.TryParse("{\"a\": ", out _, out var error));
        Assert.NotNull(error);
    }
}
