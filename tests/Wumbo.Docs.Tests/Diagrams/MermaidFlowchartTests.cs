using Wumbo.Docs.Diagrams;

namespace Wumbo.Docs.Tests.Diagrams;

public sealed class MermaidFlowchartTests
{
    [Fact]
    public void Writes_nodes_and_subgraphs_in_order_then_the_edges()
    {
        var chart = new MermaidFlowchart();
        chart.Node("users", NodeShape.Circle, "Users");
        using (chart.Subgraph("vpc", "VPC 10.0.0.0/16"))
        {
            chart.Node("database", NodeShape.Cylinder, "RDS", "db.t4g.micro");
        }

        chart.Edge("users", "database", EdgeStyle.Dotted, "SQL");

        Assert.Equal(
            """
            flowchart LR
                users(("Users"))
                subgraph vpc["VPC 10.0.0.0/16"]
                    database[("RDS<br>db.t4g.micro")]
                end
                users -.->|"SQL"| database

            """,
            chart.Render());
    }

    [Fact]
    public void Writes_the_characters_mermaid_reads_as_syntax_as_entity_codes()
    {
        Assert.Equal("\"say #34;hi#34; #35;1 #60;b#62; #38; #96;x#96; #124; end\"", MermaidFlowchart.Label(["say \"hi\" #1 <b> & `x` | end"]));
        Assert.Equal("\"a#10;b<br>c\"", MermaidFlowchart.Label(["a\nb", "c"]));
    }

    [Theory]
    [InlineData("end")]
    [InlineData("node_end")]
    [InlineData("subgraph")]
    [InlineData("class_a")]
    [InlineData("Alb")]
    [InlineData("nat-1")]
    [InlineData("1nat")]
    [InlineData("_nat")]
    [InlineData("")]
    public void Refuses_an_id_mermaid_could_misread(string id)
    {
        var chart = new MermaidFlowchart();

        Assert.Throws<ArgumentException>(() => chart.Node(id, NodeShape.Box, "label"));
    }

    [Fact]
    public void Refuses_an_id_declared_twice_even_once_as_a_subgraph()
    {
        var chart = new MermaidFlowchart();
        chart.Node("vpc", NodeShape.Box, "VPC");

        Assert.Throws<ArgumentException>(() => chart.Subgraph("vpc", "VPC"));
    }

    [Fact]
    public void Refuses_an_edge_to_an_undeclared_id_which_mermaid_would_draw_as_a_new_node()
    {
        var chart = new MermaidFlowchart();
        chart.Node("alb", NodeShape.Box, "ALB");
        chart.Edge("alb", "service_backnd");

        var error = Assert.Throws<InvalidOperationException>(chart.Render);
        Assert.Contains("'service_backnd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_render_with_a_subgraph_still_open()
    {
        var chart = new MermaidFlowchart();
        _ = chart.Subgraph("vpc", "VPC");

        Assert.Throws<InvalidOperationException>(chart.Render);
    }
}
