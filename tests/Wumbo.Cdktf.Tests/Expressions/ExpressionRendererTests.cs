using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Tests.Expressions;

public sealed class ExpressionRendererTests
{
    private readonly ResolveContext _context = new(new object(), new List<Diagnostic>());

    [Fact]
    public void A_lone_reference_renders_as_one_interpolation()
    {
        Assert.Equal("\"${each.value}\"", Json(Tf.EachValue<TfString>()));
        Assert.Equal("\"${count.index}\"", Json(Tf.CountIndex));
    }

    [Fact]
    public void Strings_inside_functions_are_HCL_escaped()
    {
        var call = Fn.Format("a\"b\\c\nd\t${x}%{y}\u0001", 1.5);

        Assert.Equal("format(\"a\\\"b\\\\c\\nd\\t$${x}%%{y}\\u0001\", 1.5)", ExpressionRenderer.ToHcl(call, _context));
    }

    [Fact]
    public void Property_access_uses_index_syntax_for_non_identifiers()
    {
        var value = Tf.Property(Tf.Property(Fn.Call("f"), "a-b"), "c d");

        Assert.Equal("f().a-b[\"c d\"]", ExpressionRenderer.ToHcl(value, _context));
        Assert.Equal("each.value[0]", ExpressionRenderer.ToHcl(Tf.Property(Tf.EachValue<TfString>(), "0"), _context));
    }

    [Fact]
    public void Nested_conditionals_get_parentheses()
    {
        var inner = Fn.Conditional<TfNumber>(true, 1, 2);

        Assert.Equal("((true ? 1 : 2) + 3)", ExpressionRenderer.ToHcl(inner + 3, _context));
        Assert.Equal("!(true ? true : false)", ExpressionRenderer.ToHcl(!Fn.Conditional<TfBool>(true, true, false), _context));
    }

    [Fact]
    public void Templates_merge_text_and_interpolate_values()
    {
        var template = Tf.Template($"a{"b"}{3}{Tf.CountIndex}-{Tf.EachKey}");

        Assert.Equal("\"ab3${count.index}-${each.key}\"", Json(template));
        Assert.Equal("\"plain\"", Json(Tf.Template($"plain")));
    }

    [Fact]
    public void Lists_built_from_items_enumerate_them_and_references_have_none()
    {
        TfList<TfString> built = ["a", "b"];

        Assert.Equal(2, Items(built).Count);
        Assert.Empty(Items(new TfList<TfString>(Fn.Call("x"))));
        Assert.Equal("[\n  \"a\",\n  \"b\"\n]", Json(built));
        Assert.Equal("\"${terraform.workspace}\"", Json(Tf.Workspace));
    }

    [Fact]
    public void Default_facades_render_null()
    {
        Assert.Equal("null", Json(default(TfString)));
        Assert.Equal("{\n}", Json(default(TfMap<TfString>)));
    }

    [Fact]
    public void Functions_render_with_HCL_collections()
    {
        var value = Fn.Merge<TfString>(TfMap.Strings(new Dictionary<string, string> { ["b"] = "1", ["a"] = "2" }), new TfMap<TfString>(Fn.Call("m")));

        Assert.Equal("merge({\"b\" = \"1\", \"a\" = \"2\"}, m())", ExpressionRenderer.ToHcl(value, _context));
        Assert.Equal("length([])", ExpressionRenderer.ToHcl(Fn.Length(Tf.List()), _context));
        Assert.Equal("((1 - 2) * 3)", ExpressionRenderer.ToHcl(((TfNumber)1 - 2) * 3, _context));
    }

    private static List<TfString> Items(TfList<TfString> list)
    {
        var items = new List<TfString>();
        foreach (var item in list)
        {
            items.Add(item);
        }

        return items;
    }

    private string Json(Expression expression) => TerraformJsonWriter.Write(ExpressionRenderer.ToJson(expression, _context));
}
