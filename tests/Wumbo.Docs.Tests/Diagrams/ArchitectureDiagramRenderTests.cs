using System.Globalization;
using Wumbo.Docs.Diagrams;
using Wumbo.Testing.Tools;

namespace Wumbo.Docs.Tests.Diagrams;

/// <summary>The diagrams through the pinned mermaid-cli in headless Chromium: what parses and lays out there, GitHub shows.</summary>
[Collection(MermaidRendering.Name)]
public sealed class ArchitectureDiagramRenderTests(ITestOutputHelper output)
{
    public static TheoryData<string> Environments => CheckedInDocs.EnvironmentNames;

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Every_environments_diagram_renders(string environment)
    {
        var model = CheckedInDocs.Environment(environment);

        var render = await MermaidCli.RenderAsync(CheckedInDocs.Diagram(environment), TestContext.Current.CancellationToken);

        Assert.True(render.Succeeded, render.Errors);
        Assert.All(model.Compute.Services, s => Assert.Contains(model.Names.Service(s), render.Svg, StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{environment}: rendered in {render.Elapsed.TotalSeconds:0.0} s"));
    }

    [Fact]
    public async Task A_broken_diagram_fails_with_the_renderers_error()
    {
        // A quote inside a label, as an unescaped name would put it there.
        var broken = CheckedInDocs.Diagram("development").Replace("((\"Users<br>", "((\"Us\"ers<br>", StringComparison.Ordinal);

        var render = await MermaidCli.RenderAsync(broken, TestContext.Current.CancellationToken);

        Assert.False(render.Succeeded, "the renderer accepted a label with a bare quote");
        Assert.Contains("Parse error", render.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_with_the_characters_mermaid_reads_as_syntax_render_as_their_text()
    {
        var chart = new MermaidFlowchart();
        chart.Node("a", NodeShape.Box, "say \"hi\" #1 <b> & `x` | end");
        chart.Node("b", NodeShape.Cylinder, "b");
        chart.Edge("a", "b", label: "x|y \"z\"");

        var render = await MermaidCli.RenderAsync(chart.Render(), TestContext.Current.CancellationToken);

        Assert.True(render.Succeeded, render.Errors);
        Assert.Contains("#1 &lt;b&gt; &amp; `x` | end", render.Svg, StringComparison.Ordinal);
    }
}
