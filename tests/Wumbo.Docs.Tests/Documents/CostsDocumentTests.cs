using System.Collections.Immutable;
using Wumbo.Docs.Costs;
using Wumbo.Docs.Documents.Costs;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>COSTS.md renders any estimate correctly, whatever the estimator returns: hand-made estimates prove it.</summary>
public sealed class CostsDocumentTests
{
    private static readonly EnvironmentCost Production = new(
        "production",
        [
            new CostLine("aws_nat_gateway.nat-2", "NAT gateway hours", 730m, 730m, "hour", 0.045m, 32.85m, 32.85m),
            new CostLine("aws_ecs_service.backend", "Fargate vCPU | ARM", 1095m, 1825m, "vCPU-hour", 0.03238m, 35.4561m, 59.0935m),
            new CostLine("aws_amplify_app.web", "Build minutes\nper month", 200m, 200m, "build-minute", null, null, null),
            new CostLine("aws_nat_gateway.nat-1", "NAT gateway hours", 730m, 730m, "hour", 0.045m, 32.85m, 32.85m),
        ],
        1234.5m,
        1302m);

    [Fact]
    public void Each_line_becomes_a_row_sorted_by_address_with_ranges_and_no_price_as_such()
    {
        var table = CostTable.From(Production);

        Assert.Equal(
            [
                new CostRow("aws_amplify_app.web", "Build minutes\nper month", "200", "build-minute", "price not found", "price not found"),
                new CostRow("aws_ecs_service.backend", "Fargate vCPU | ARM", "1,095–1,825", "vCPU-hour", "$0.03238", "$35.46–$59.09"),
                new CostRow("aws_nat_gateway.nat-1", "NAT gateway hours", "730", "hour", "$0.045", "$32.85"),
                new CostRow("aws_nat_gateway.nat-2", "NAT gateway hours", "730", "hour", "$0.045", "$32.85"),
            ],
            table.Rows);
        Assert.Equal("$1,234.50–$1,302.00", table.Total);
        Assert.Equal(1, table.LinesWithoutPrice);
    }

    [Fact]
    public void The_table_escapes_its_cells_and_states_the_total_and_the_lines_without_a_price()
    {
        var text = Render(Production);

        Assert.Contains("| `aws_ecs_service.backend` | Fargate vCPU \\| ARM | 1,095–1,825 | vCPU-hour | $0.03238 | $35.46–$59.09 |\n", text, StringComparison.Ordinal);
        Assert.Contains("| `aws_amplify_app.web` | Build minutes<br>per month | 200 | build-minute | price not found | price not found |\n", text, StringComparison.Ordinal);
        Assert.Contains("- **Total**: $1,234.50–$1,302.00 per month\n- **Lines without a price**: 1 (not in the total)\n", text, StringComparison.Ordinal);
        Assert.Contains("| production | $1,234.50–$1,302.00 | 4 | 1 |\n", text, StringComparison.Ordinal);
        Assert.Contains("- **production**: $1,234.50–$1,302.00 per month, without 1 line(s) whose price was not found\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$0.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_without_lines_says_none()
    {
        var text = Render(new EnvironmentCost("development", [], 0m, 0m));

        Assert.Contains("| Terraform address | Item | Quantity | Unit | Unit price | Monthly |\n| --- | --- | --- | --- | --- | --- |\n| none | | | | | |\n", text, StringComparison.Ordinal);
        Assert.Contains("- **Total**: $0.00 per month\n- **Lines without a price**: 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_keeps_the_summary_s_figures_and_adds_the_computed_totals()
    {
        var text = Render(new EnvironmentCost("development", [], 90m, 100m), Production);

        Assert.Contains("about $90–100 a month for development and about $320–370 for production", text, StringComparison.Ordinal);
        Assert.Contains("cache.r7g.large", text, StringComparison.Ordinal);
        Assert.Contains("- **development**: $90.00–$100.00 per month\n", text, StringComparison.Ordinal);
    }

    private static string Render(params EnvironmentCost[] costs) =>
        new DocumentRenderer(TemplateCatalog.Embedded).Render(CostsScriptModel.Template, CostsScriptModel.Create(CostsView.From(ImmutableArray.Create(costs))));
}
