using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task A_process_past_its_timeout_is_killed_with_its_children()
    {
        var spec = new ProcessSpec("/bin/sh", ["-c", "sleep 30 & sleep 30"], Path.GetTempPath(), new Dictionary<string, string?>(), TimeSpan.FromMilliseconds(500));

        var result = await ProcessRunner.RunAsync(spec, TestContext.Current.CancellationToken);

        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), result.Elapsed.ToString());
    }

    [Fact]
    public async Task Standard_input_is_closed_and_both_streams_are_captured()
    {
        var environment = new Dictionary<string, string?> { ["WUMBO_PROBE"] = "set", ["HOME"] = null };
        var spec = new ProcessSpec("/bin/sh", ["-c", "cat; echo \"out $WUMBO_PROBE ${HOME:-unset}\"; echo err >&2; exit 3"], Path.GetTempPath(), environment, TimeSpan.FromSeconds(30));

        var result = await ProcessRunner.RunAsync(spec, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out set unset\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
    }
}
