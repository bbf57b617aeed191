using System.Text;
using Wumbo.Docs.Tests.Support;
using Wumbo.Docs.Hosting;
using Wumbo.Testing;
using Wumbo.Testing.Hosting;
using Wumbo.Testing.Tools;

namespace Wumbo.Docs.Tests.Hosting;

/// <summary>
/// The built command in a process of its own: in another culture and time zone it writes what the tests render, and it
/// exits 0, 1 or 2 with plain-text output.
/// </summary>
public sealed class DocsProcessTests
{
    [Fact]
    public async Task The_command_writes_the_same_bytes_in_another_culture_and_time_zone()
    {
        using var project = new ScratchProject("wumbo-docs-process-");
        var output = Path.Combine(project.Root, "docs");
        var dotnet = ExecutableLocator.Find("dotnet") ?? throw new InvalidOperationException("dotnet is not on PATH");
        var spec = new ProcessSpec(
            dotnet,
            [Path.Combine(AppContext.BaseDirectory, "Wumbo.Docs.dll"), "--environments", project.EnvironmentsDirectory, "--out", output],
            project.Root,
            new Dictionary<string, string?> { ["TZ"] = "Pacific/Chatham", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null },
            TimeSpan.FromMinutes(2));

        var result = await ProcessRunner.RunAsync(spec, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.Equal(CheckedIn.Documents.ToDictionary(d => d.RelativePath, d => Encoding.UTF8.GetBytes(d.Content)), ScratchProject.Files(output));
    }

    [Fact]
    public async Task Exits_0_1_or_2_and_prints_plain_text_on_success_diagnostics_help_and_usage_errors()
    {
        using var project = new ScratchProject("wumbo-docs-exit-codes-");
        var broken = Directory.CreateDirectory(Path.Combine(project.Root, "broken")).FullName;
        var staging = File.ReadAllText(Path.Combine(project.EnvironmentsDirectory, "staging.yaml"));
        File.WriteAllText(Path.Combine(broken, "staging.yaml"), staging.Replace("nat_gateways: 1", "nat_gateways: 7", StringComparison.Ordinal));

        var results = await HostProcess.AssertExitCodesAndPlainOutputAsync(
            Path.Combine(AppContext.BaseDirectory, "Wumbo.Docs.dll"),
            project.Root,
            [
                (DocsCommand.Success, []),
                (DocsCommand.Success, ["--check"]),
                (DocsCommand.InputErrorsOrStale, ["--environments", broken]),
                (DocsCommand.Success, ["--help"]),
                (DocsCommand.UsageError, ["--bogus"]),
            ],
            TestContext.Current.CancellationToken);

        Assert.StartsWith("Wrote 4 documents ", results[0].StandardOutput, StringComparison.Ordinal);
        Assert.StartsWith("docs is up to date: ", results[1].StandardOutput, StringComparison.Ordinal);
        HostOutput.AssertAnnotated(results[2].StandardError, "WUM1007");
        Assert.StartsWith("Usage: Wumbo.Docs", results[3].StandardOutput, StringComparison.Ordinal);
    }
}
