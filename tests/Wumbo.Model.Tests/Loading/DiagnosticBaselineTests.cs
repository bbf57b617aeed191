using Wumbo.Testing;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Loading;

/// <summary>
/// Each folder under <c>Baselines/</c> holds one broken environment file; <c>diagnostics.txt</c> beside it is the
/// file echoed with every diagnostic annotated under its line. Adding a folder adds a case.
/// </summary>
public sealed class DiagnosticBaselineTests
{
    private static readonly string BaselineRoot = Path.Combine(RepositoryPaths.Root, "tests", "Wumbo.Model.Tests", "Baselines");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(BaselineRoot).Select(dir => Path.GetFileName(dir)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_gets_every_diagnostic_at_its_line(string caseName)
    {
        var folder = Path.Combine(BaselineRoot, caseName);
        var input = Directory.GetFiles(folder, "*.yaml").Single();
        var text = File.ReadAllText(input);
        var displayPath = Path.GetRelativePath(RepositoryPaths.Root, input).Replace('\\', '/');

        var result = EnvironmentFiles.LoadText(text, displayPath);

        Assert.True(result.HasErrors, "a baseline case must be broken");
        Assert.Empty(result.Environments);
        Snapshot.VerifyFile(DiagnosticsBaseline.Render(text, result.Diagnostics), folder, "diagnostics.txt");
    }
}
