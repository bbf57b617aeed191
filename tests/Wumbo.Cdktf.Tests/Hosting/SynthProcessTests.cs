using Wumbo.Cdktf.Hosting;
using Wumbo.Testing.Hosting;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>The built app in a process of its own, as the cdktf CLI and CI start it: its exit codes and its plain-text output.</summary>
public sealed class SynthProcessTests
{
    [Fact]
    public async Task Exits_0_1_or_2_and_prints_plain_text_on_success_diagnostics_help_and_usage_errors()
    {
        using var run = new SynthRun();
        var root = Path.GetDirectoryName(run.EnvironmentsDirectory)!;
        var broken = Directory.CreateDirectory(Path.Combine(root, "broken")).FullName;
        var staging = File.ReadAllText(Path.Combine(run.EnvironmentsDirectory, "staging.yaml"));
        File.WriteAllText(Path.Combine(broken, "staging.yaml"), staging.Replace("nat_gateways: 1", "nat_gateways: 7", StringComparison.Ordinal));
        string[] output = ["--out", run.OutputDirectory];

        var results = await HostProcess.AssertExitCodesAndPlainOutputAsync(
            typeof(SynthCommand).Assembly.Location,
            root,
            [
                (SynthCommand.Success, output),
                (SynthCommand.Success, [.. output, "--env", "production"]),
                (SynthCommand.InputErrors, [.. output, "--environments", broken]),
                (SynthCommand.Success, ["--help"]),
                (SynthCommand.UsageError, ["--bogus"]),
                (SynthCommand.UsageError, [.. output, "--env", "prod"]),
            ],
            TestContext.Current.CancellationToken);

        // Active waivers are listed first (waived: ...), then the summary.
        Assert.StartsWith("waived: ", results[0].StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\nSynthesized 3 environments ", results[0].StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\nRemoved stacks no longer synthesized: development, staging\n", results[1].StandardOutput, StringComparison.Ordinal);
        HostOutput.AssertAnnotated(results[2].StandardError, "WUM1007");
        Assert.StartsWith("Usage: Wumbo.Cdktf", results[3].StandardOutput, StringComparison.Ordinal);
    }
}
