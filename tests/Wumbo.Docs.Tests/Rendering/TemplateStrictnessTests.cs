using Scriban.Syntax;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Tests.Rendering;

/// <summary>A template mistake fails the run: it never prints nothing, a placeholder or half a document.</summary>
public sealed class TemplateStrictnessTests
{
    [Fact]
    public void A_template_that_does_not_parse_fails_with_its_name_and_position()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => TemplateCatalog.Parse([("ok.scriban", "fine"), ("_broken.scriban", "a\n{{ if x }}")]));

        Assert.Contains("Templates/_broken.scriban(2,", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_templates_parse()
    {
        Assert.Equal(
            ["_deployment-components.scriban", "_deployment-next-steps.scriban", "_deployment-operations.scriban", "_deployment-pipelines.scriban", "_deployment-process.scriban", "_generated.scriban"],
            TemplateCatalog.Embedded.Partials.Select(p => p.Key));
        Assert.All(["app-identifiers.scriban", "costs.scriban", "deployment.scriban", "environments.scriban"], name => TemplateCatalog.Embedded.Document(name));
    }

    [Theory]
    [InlineData("{{ nope }}", "`nope` was not found")]
    [InlineData("{{ env.nope }}", "Cannot get member with name nope")]
    [InlineData("{{ for x in env.items }}{{ x.nope }}{{ end }}", "Cannot get member with name nope")]
    [InlineData("{{ include '_nope' }}", "no partial '_nope.scriban'")]
    [InlineData("{{ date.now }}", "`date` was not found")]
    public void An_unknown_variable_member_or_partial_fails(string template, string message)
    {
        var model = ScriptModel.Object(("env", ScriptModel.Object(("name", "development"), ("items", ScriptModel.Texts(["a"])))));

        var failure = Assert.Throws<ScriptRuntimeException>(() => Rendered.Text(template, model));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_and_include_depth_have_no_limit_and_nothing_is_truncated()
    {
        var model = ScriptModel.Object(("items", ScriptModel.List(Enumerable.Range(0, 5000), i => i)), ("long", new string('x', 2_000_000)));

        var text = Rendered.Text("{{ for i in items }}{{ end }}{{ long }}{{ include '_deep' }}", model, ("_deep.scriban", "{{ func down(n); if n > 0; down(n - 1); end; end; down 500 }}done"));

        Assert.Equal(2_000_000 + "done\n".Length, text.Length);
    }

    [Theory]
    [InlineData("text", "text\n")]
    [InlineData("text\n\n\n", "text\n")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    public void Output_is_lf_with_exactly_one_final_newline(string template, string expected) =>
        Assert.Equal(expected, Rendered.Text(template));

    [Fact]
    public void A_script_model_states_every_value_and_refuses_null() =>
        Assert.Throws<ArgumentException>(() => ScriptModel.Object(("name", null!)));
}
