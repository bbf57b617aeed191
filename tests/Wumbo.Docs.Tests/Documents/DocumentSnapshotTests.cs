using System.Globalization;
using Wumbo.Docs.Documents;
using Wumbo.Docs.Tests.Support;
using Wumbo.Model;
using Wumbo.Testing;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>
/// The committed <c>docs/*.md</c> are the snapshots: a test fails when one is stale, and
/// <c>WUMBO_UPDATE_SNAPSHOTS=1 dotnet test --project tests/Wumbo.Docs.Tests</c> regenerates them (as the command does).
/// </summary>
public sealed class DocumentSnapshotTests
{
    public static TheoryData<string> Documents() => ["APP-IDENTIFIERS.md", "COSTS.md", "DEPLOYMENT.md", "ENVIRONMENTS.md"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Committed_document_is_current(string document) =>
        Snapshot.VerifyFile(CheckedIn.Document(document), Path.Combine(RepositoryPaths.Root, "docs"), document);

    [Fact]
    public void The_documents_are_the_four_in_path_order() =>
        Assert.Equal(["APP-IDENTIFIERS.md", "COSTS.md", "DEPLOYMENT.md", "ENVIRONMENTS.md"], CheckedIn.Documents.Select(d => d.RelativePath));

    [Fact]
    public void Each_document_is_lf_with_exactly_one_final_newline() =>
        Assert.All(CheckedIn.Documents, d =>
        {
            Assert.DoesNotContain('\r', d.Content);
            Assert.EndsWith("\n", d.Content, StringComparison.Ordinal);
            Assert.False(d.Content.EndsWith("\n\n", StringComparison.Ordinal), d.RelativePath);
        });

    [Fact]
    public void Rendering_again_and_under_another_culture_gives_identical_text()
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());

            var again = DocumentSet.Render(CheckedIn.ContextOf(loaded.Environments));

            Assert.Equal(CheckedIn.Documents, again);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }
}
