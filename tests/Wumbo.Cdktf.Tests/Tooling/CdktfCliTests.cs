using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class CdktfCliTests
{
    [Theory]
    [InlineData("cdktf")]
    [InlineData("cdktn")]
    public async Task The_pinned_cli_reports_its_version(string command)
    {
        var cli = CdktfCli.Named(command);

        var result = await cli.RunAsync(Path.GetTempPath(), ["--version"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.Equal(cli.Tool.Version, result.StandardOutput.Trim());
    }
}
