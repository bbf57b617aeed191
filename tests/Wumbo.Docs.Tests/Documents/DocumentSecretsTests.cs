using Wumbo.Docs.Tests.Support;
using Wumbo.Model.Secrets;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>
/// No document carries a secret value: every line, and every table cell on its own, passes the detector the
/// environment files and the synthesized stacks pass (a secret's name, such as <c>production/wumbo/plaid</c>, is fine).
/// </summary>
public sealed class DocumentSecretsTests
{
    [Fact]
    public void No_line_or_cell_of_any_document_looks_like_a_secret() =>
        Assert.All(CheckedIn.Documents, document => Assert.Empty(Findings(document.RelativePath, document.Content)));

    [Fact]
    public void The_scan_would_catch_a_secret_in_a_table_cell()
    {
        var findings = Findings("DEPLOYMENT.md", "| Setting | Value |\n| --- | --- |\n| Database URL | postgresql://wumbo:hunter2-x@db.example/wumbo |\n");

        Assert.Equal(["DEPLOYMENT.md:3: a URL with a password"], findings);
    }

    private static IEnumerable<string> Findings(string document, string content) =>
        content.Split('\n')
            .Select((line, index) => (Line: index + 1, Kind: Pieces(line).Select(SecretDetector.Classify).FirstOrDefault(kind => kind is not null)))
            .Where(found => found.Kind is not null)
            .Select(found => $"{document}:{found.Line}: {found.Kind}");

    private static IEnumerable<string> Pieces(string line) => [line, .. line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
