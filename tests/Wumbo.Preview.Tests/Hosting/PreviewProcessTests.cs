using Wumbo.Preview.Hosting;
using Wumbo.Preview.Tests.Support;
using Wumbo.Testing.Hosting;
using Wumbo.Testing.Tools;

namespace Wumbo.Preview.Tests.Hosting;

/// <summary>
/// The built command in a process of its own: in another culture and time zone it prints what the tests render, and it
/// exits 0, 1 or 2 with plain-text output.
/// </summary>
public sealed class PreviewProcessTests
{
    [Fact]
    public async Task The_command_prints_the_same_markdown_in_another_culture_and_time_zone()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Edit("production.yaml", "instance_class: db.t4g.small\n", "instance_class: db.t4g.medium\n").Synthesize();
        var dotnet = ExecutableLocator.Find("dotnet") ?? throw new InvalidOperationException("dotnet is not on PATH");
        var spec = new ProcessSpec(
            dotnet,
            [Path.Combine(AppContext.BaseDirectory, "Wumbo.Preview.dll"), "--base", before.Root, "--head", after.Root],
            after.Root,
            new Dictionary<string, string?> { ["TZ"] = "Pacific/Chatham", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null },
            TimeSpan.FromMinutes(2));

        var result = await ProcessRunner.RunAsync(spec, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.Equal(PreviewRun.Markdown(before, after), result.StandardOutput);
        Assert.Contains("| production | 0 | 1 | 0 | 0 | 0 | $688.51–$746.58 | $735.96–$794.03 | +$47.45 |", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_0_1_or_2_and_prints_plain_text_on_success_diagnostics_help_and_usage_errors()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize();
        File.WriteAllText(Path.Combine(after.Root, "cdktf.out", "stacks", "staging", "cdk.tf.json"), "{\n  \"resource\": [\n");
        using var head = new Checkout().Edit("production.yaml", "nat_gateways: 2", "nat_gateways: 1").Synthesize();

        var results = await HostProcess.AssertExitCodesAndPlainOutputAsync(
            Path.Combine(AppContext.BaseDirectory, "Wumbo.Preview.dll"),
            before.Root,
            [
                (PreviewCommand.Success, ["--base", before.Root, "--head", head.Root]),
                (PreviewCommand.InputErrors, ["--base", before.Root, "--head", after.Root]),
                (PreviewCommand.Success, ["--help"]),
                (PreviewCommand.UsageError, ["--base", before.Root]),
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(PreviewRun.Markdown(before, head), results[0].StandardOutput);
        HostOutput.AssertAnnotated(results[1].StandardError, "WUM4003");
        Assert.StartsWith("Usage: Wumbo.Preview", results[2].StandardOutput, StringComparison.Ordinal);
    }
}
