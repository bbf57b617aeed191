using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.Costs;

/// <summary>What <c>costs.scriban</c> may read: <c>environments[]</c> with <c>name</c>, <c>rows[]</c>, <c>total</c> and <c>lines_without_price</c>.</summary>
internal static class CostsScriptModel
{
    public const string Template = "costs.scriban";

    public static ScriptObject Create(CostsView view) =>
        ScriptModel.Object(("environments", ScriptModel.List(view.Environments, Table)));

    private static ScriptObject Table(CostTable table) =>
        ScriptModel.Object(
            ("name", table.Environment),
            ("rows", ScriptModel.List(table.Rows, Row)),
            ("total", table.Total),
            ("lines_without_price", table.LinesWithoutPrice));

    private static ScriptObject Row(CostRow row) =>
        ScriptModel.Object(
            ("address", row.Address),
            ("item", row.Item),
            ("quantity", row.Quantity),
            ("unit", row.Unit),
            ("unit_price", row.UnitPrice),
            ("monthly", row.Monthly));
}
