using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class CdktfCliTests
{
    [Fact]
    public async Task The_pinned_cli_reports_its_version()
    {
        var result = await CdktfCli.RunAsync(Path.GetTempPath(), ["--version"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.Equal(CdktfCli.Tool.Version, result.StandardOutput.Trim());
    }
}
