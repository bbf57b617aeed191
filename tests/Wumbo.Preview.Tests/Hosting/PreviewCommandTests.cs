using Wumbo.Preview.Hosting;
using Wumbo.Preview.Markdown;
using Wumbo.Preview.Tests.Support;
using Wumbo.Testing.Hosting;

namespace Wumbo.Preview.Tests.Hosting;

/// <summary>The command as the workflow calls it, in-process: the Markdown, --output, the exit codes.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public void Prints_the_markdown_starting_with_the_marker_and_exits_0_on_changes()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Edit("production.yaml", "nat_gateways: 2", "nat_gateways: 1").Synthesize();

        var run = PreviewRun.Of("--base", before.Root, "--head", after.Root);

        Assert.Equal(PreviewCommand.Success, run.ExitCode);
        Assert.StartsWith(PlanPreviewMarkdown.Marker + "\n## Plan preview\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| production | 0 | 1 | 0 | 2 | 0 | $688.51–$746.58 | $652.01–$710.08 | -$36.50 |", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Output_writes_the_same_markdown_to_a_file()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize();
        var file = Path.Combine(after.Root, "preview.md");

        var run = PreviewRun.Of("--base", before.Root, "--head", after.Root, "--output", file);

        Assert.Equal(PreviewCommand.Success, run.ExitCode);
        Assert.Equal($"Wrote the plan preview to {file}\n", run.Stdout);
        Assert.Equal(PreviewRun.Markdown(before, after), File.ReadAllText(file));
    }

    [Fact]
    public void Two_runs_print_the_same_bytes()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Edit("staging.yaml", "  log_retention_days: 30", "  log_retention_days: 60").Synthesize();

        Assert.Equal(PreviewRun.Markdown(before, after), PreviewRun.Markdown(before, after));
    }

    [Fact]
    public void Unreadable_output_of_both_checkouts_is_reported_and_nothing_is_printed_on_stdout()
    {
        using var before = new Checkout();
        using var after = new Checkout();
        var file = Path.Combine(after.Root, "preview.md");

        var run = PreviewRun.Of("--base", before.Root, "--head", after.Root, "--output", file);

        Assert.Equal(PreviewCommand.InputErrors, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("error WUM4002: the base checkout has no", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error WUM4002: the head checkout has no", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Under_GitHub_Actions_each_diagnostic_is_also_a_workflow_command_on_its_line()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize();
        File.WriteAllText(Path.Combine(after.Root, "cdktf.out", "stacks", "staging", "cdk.tf.json"), "{\n  \"resource\": [\n");

        var annotated = PreviewRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "--base", before.Root, "--head", after.Root);
        var plain = PreviewRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "false" }, "--base", before.Root, "--head", after.Root);

        Assert.Equal(PreviewCommand.InputErrors, annotated.ExitCode);
        HostOutput.AssertAnnotated(annotated.Stderr, "WUM4003");
        Assert.Equal(PreviewCommand.InputErrors, plain.ExitCode);
        Assert.Contains("error WUM4003: not valid JSON", plain.Stderr, StringComparison.Ordinal);
        HostOutput.AssertNotAnnotated(plain.Stderr);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_an_input_error()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize();

        var run = PreviewRun.Of("--base", before.Root, "--head", after.Root, "--output", Path.Combine(after.Root, "missing", "preview.md"));

        Assert.Equal(PreviewCommand.InputErrors, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var run = PreviewRun.Of("--help");

        Assert.Equal(PreviewCommand.Success, run.ExitCode);
        Assert.StartsWith("Usage: Wumbo.Preview --base BASE --head HEAD [--output FILE]\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("with no colour or terminal control codes (NO_COLOR is\nhonoured", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base", "a")]
    [InlineData("--head", "b")]
    [InlineData("--base", "a", "--head", "b", "--output")]
    [InlineData("--base", "a", "--head", "b", "--bogus")]
    public void Bad_arguments_are_a_usage_error(params string[] args)
    {
        var run = PreviewRun.Of(args);

        Assert.Equal(PreviewCommand.UsageError, run.ExitCode);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }
}
