using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Tests.Rendering;

public sealed class MarkdownFunctionsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("one\ntwo", "one<br>two")]
    [InlineData("one\r\ntwo\rthree", "one<br>two<br>three")]
    [InlineData("", "")]
    public void Md_cell_keeps_a_value_inside_its_table_cell(string value, string expected)
    {
        var model = ScriptModel.Object(("value", value));

        Assert.Equal($"| {expected} |\n", Rendered.Text("| {{ value | md_cell }} |", model));
    }

    [Fact]
    public void Md_code_list_prints_code_spans_or_none()
    {
        var model = ScriptModel.Object(("names", ScriptModel.Texts(["a", "b"])), ("empty", ScriptModel.Texts([])));

        Assert.Equal("`a`, `b` / none\n", Rendered.Text("{{ names | md_code_list }} / {{ empty | md_code_list }}", model));
    }
}
