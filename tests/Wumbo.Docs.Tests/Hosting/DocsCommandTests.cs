using System.Text;
using System.Text.RegularExpressions;
using Wumbo.Docs.Hosting;
using Wumbo.Docs.Tests.Support;
using Wumbo.Testing.Hosting;

namespace Wumbo.Docs.Tests.Hosting;

/// <summary>The command end to end, in-process: what it writes, what --check reports, and that a failure writes nothing.</summary>
public sealed class DocsCommandTests
{
    [Fact]
    public void Writes_the_four_documents_as_rendered()
    {
        using var run = new DocsRun();

        Assert.Equal(DocsCommand.Success, run.Run());

        Assert.Equal(
            CheckedIn.Documents.ToDictionary(d => d.RelativePath, d => Encoding.UTF8.GetBytes(d.Content)),
            run.OutputFiles());
        Assert.Matches(
            $@"\AWrote 4 documents \(APP-IDENTIFIERS\.md, COSTS\.md, DEPLOYMENT\.md, ENVIRONMENTS\.md\) into {Regex.Escape(run.OutputDirectory)} from 3 environments, in \d+\.\d\d s\n\z",
            run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Two_runs_write_byte_identical_files_and_replace_what_else_was_there()
    {
        using var run = new DocsRun();
        run.Run();
        var first = run.OutputFiles();
        File.WriteAllText(Path.Combine(run.OutputDirectory, "NOTES.md"), "hand-written");

        run.Run();

        Assert.Equal(first, run.OutputFiles());
    }

    [Fact]
    public void Check_passes_on_current_docs_and_writes_nothing()
    {
        using var run = new DocsRun();
        run.Run();
        var written = run.OutputFiles();

        Assert.Equal(DocsCommand.Success, run.Run("--check"));

        Assert.Contains("is up to date", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\A.+ is up to date: 4 documents \(APP-IDENTIFIERS\.md, COSTS\.md, DEPLOYMENT\.md, ENVIRONMENTS\.md\) checked against 3 environments, in \d+\.\d\d s\n\z", run.Stdout);
        Assert.Equal(written, run.OutputFiles());
    }

    [Fact]
    public void Check_fails_on_stale_docs_with_a_readable_diff_and_writes_nothing()
    {
        using var run = new DocsRun();
        run.Run();
        File.Delete(Path.Combine(run.OutputDirectory, "APP-IDENTIFIERS.md"));
        File.WriteAllText(Path.Combine(run.OutputDirectory, "NOTES.md"), "hand-written\n");
        run.Edit("production.yaml", "nat_gateways: 2", "nat_gateways: 1");
        var before = run.OutputFiles();

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.Run("--check"));

        var docs = run.OutputDirectory + "/";
        Assert.Contains($"{docs}APP-IDENTIFIERS.md is missing:\n--- /dev/null\n+++ {docs}APP-IDENTIFIERS.md (generated)\n@@ -0,0 +1,", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{docs}DEPLOYMENT.md is stale:\n--- {docs}DEPLOYMENT.md (committed)\n+++ {docs}DEPLOYMENT.md (generated)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n-| NAT gateways | 1 | 1 | 2 |\n+| NAT gateways | 1 | 1 | 1 |\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n-| `network.nat_gateways` | `1` | `1` | `2` |\n", run.Stdout, StringComparison.Ordinal);
        // Two NAT gateways cost more than one.
        Assert.Contains($"{docs}COSTS.md is stale:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{docs}NOTES.md is not generated: writing the docs would remove it", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("is stale (5 finding(s) above); regenerate it with `dotnet run --project src/Wumbo.Docs -c Release`", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, run.OutputFiles());
    }

    [Fact]
    public void A_broken_environment_file_is_reported_as_synthesis_reports_it_and_nothing_is_written()
    {
        using var run = new DocsRun();
        run.Edit("staging.yaml", "nat_gateways: 1", "nat_gateways: 7");

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.Run());
        Assert.Matches(@"staging\.yaml\(\d+,\d+\): error WUM1007: 'nat_gateways' is 7", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.OutputDirectory));

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.Run("--check"));
        Assert.Contains("error WUM1007", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_GitHub_Actions_each_diagnostic_is_also_a_workflow_command_on_its_line()
    {
        using var run = new DocsRun();
        run.Edit("staging.yaml", "nat_gateways: 1", "nat_gateways: 7");

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.RunWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }));
        HostOutput.AssertAnnotated(run.Stderr, "WUM1007");

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.RunWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "false" }, "--check"));
        Assert.Contains("error WUM1007", run.Stderr, StringComparison.Ordinal);
        HostOutput.AssertNotAnnotated(run.Stderr);
    }

    [Theory]
    [InlineData]
    [InlineData("--check")]
    public void A_run_on_broken_input_ends_with_a_line_saying_the_docs_are_unchanged(params string[] arguments)
    {
        using var run = new DocsRun();
        run.Edit("staging.yaml", "nat_gateways: 1", "nat_gateways: 7");

        Assert.Equal(DocsCommand.InputErrorsOrStale, run.Run(arguments));

        Assert.Matches($@"\nRendering failed: {Regex.Escape(run.OutputDirectory)} left unchanged, in \d+\.\d\d s\n\z", run.Stderr);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        using var run = new DocsRun();

        Assert.Equal(DocsCommand.Success, run.Run("--help"));

        Assert.StartsWith("Usage: Wumbo.Docs [--check] [--environments DIR] [--out DIR]\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Output: plain text, with no colour or terminal control codes (NO_COLOR is honoured", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.OutputDirectory));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--out")]
    public void Bad_arguments_are_a_usage_error(string argument)
    {
        using var run = new DocsRun();

        Assert.Equal(DocsCommand.UsageError, run.Run(argument));

        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_the_repository_s_folders()
    {
        Assert.True(DocsCommandLine.TryParse([], out var options, out _));

        Assert.Equal(new DocsOptions("environments", "docs", Check: false, ShowHelp: false), options);
    }
}
