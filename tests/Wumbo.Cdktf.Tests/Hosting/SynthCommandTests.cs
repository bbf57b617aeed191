using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Hosting;
using Wumbo.Cdktf.Stacks;
using Wumbo.Cdktf.Tests.Stacks;
using Wumbo.Testing.Hosting;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>The app end to end, in-process: what it writes, what it refuses, and that a failure writes nothing.</summary>
public sealed class SynthCommandTests
{
    [Fact]
    public void Writes_the_manifest_and_one_stack_per_environment_without_a_final_newline()
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.Success, run.Run());

        Assert.Equal(
            ["manifest.json", "stacks/development/cdk.tf.json", "stacks/production/cdk.tf.json", "stacks/staging/cdk.tf.json"],
            run.OutputFiles().Keys);
        Assert.All(run.OutputFiles().Values, bytes => Assert.NotEqual((byte)'\n', bytes[^1]));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void A_run_ends_with_one_summary_line_of_environments_resources_files_and_time()
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.Success, run.Run());

        // Each active waiver of the policy pack is printed first, one line each, and counted in the summary.
        var waivers = WaiverLines(run.Stdout);
        Assert.Equal(14, waivers.Count);
        Assert.All(waivers, line => Assert.Matches(@"^waived: (development|staging|production): WUM5\d{3} on \S+ until \d{4}-\d\d-\d\d: .+$", line));
        var summary = Regex.Match(Unwaived(run.Stdout), @"\ASynthesized 3 environments \(development, production, staging\): (?<resources>\d+) resources, 4 files written to (?<out>.+), 14 waivers active, in \d+\.\d\d s\n\z");
        Assert.True(summary.Success, run.Stdout);
        Assert.Equal(ResourceConstructs("development", "production", "staging"), int.Parse(summary.Groups["resources"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(run.OutputDirectory, summary.Groups["out"].Value);

        Assert.Equal(SynthCommand.Success, run.Run(null, "--env", "production"));

        // The last line; the one before it names the stacks --env removed.
        Assert.Matches(@"\nSynthesized 1 environment \(production\): \d+ resources, 2 files written to .+, 8 waivers active, in \d+\.\d\d s\n\z", run.Stdout);
        Assert.Contains($": {ResourceConstructs("production")} resources,", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_line_counts_in_words()
    {
        var line = new SynthesisSummary(["production"], Resources: 1, FilesWritten: 1, "out", WaiversActive: 1).Line(Stopwatch.GetTimestamp());

        Assert.Matches(@"^Synthesized 1 environment \(production\): 1 resource, 1 file written to out, 1 waiver active, in \d+\.\d\d s$", line);
    }

    [Fact]
    public void A_failed_run_ends_with_a_line_saying_the_output_is_unchanged()
    {
        using var run = new SynthRun();
        File.WriteAllText(Path.Combine(run.EnvironmentsDirectory, "staging.yaml"), "environment: [");

        Assert.Equal(SynthCommand.InputErrors, run.Run());

        Assert.Matches($@"\nSynthesis failed: {Regex.Escape(run.OutputDirectory)} left unchanged, in \d+\.\d\d s\n\z", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        using var run = new SynthRun();
        run.Run();
        var first = run.OutputFiles();

        run.Run();

        Assert.Equal(first, run.OutputFiles());
    }

    [Fact]
    public void An_input_error_is_printed_msbuild_style_and_leaves_the_output_untouched()
    {
        using var run = new SynthRun();
        run.Run();
        var before = run.OutputFiles();
        var staging = Path.Combine(run.EnvironmentsDirectory, "staging.yaml");
        File.WriteAllText(staging, File.ReadAllText(staging).Replace("nat_gateways: 1", "nat_gateways: 7", StringComparison.Ordinal));

        Assert.Equal(SynthCommand.InputErrors, run.Run());

        Assert.Matches(@"staging\.yaml\(\d+,\d+\): error WUM1007: 'nat_gateways' is 7", run.Stderr);
        Assert.Equal(before, run.OutputFiles());
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_GitHub_Actions_each_diagnostic_is_also_a_workflow_command_on_its_line()
    {
        using var run = new SynthRun();
        var staging = Path.Combine(run.EnvironmentsDirectory, "staging.yaml");
        File.WriteAllText(staging, File.ReadAllText(staging).Replace("nat_gateways: 1", "nat_gateways: 7", StringComparison.Ordinal));

        Assert.Equal(SynthCommand.InputErrors, run.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }));
        HostOutput.AssertAnnotated(run.Stderr, "WUM1007");

        Assert.Equal(SynthCommand.InputErrors, run.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "false" }));
        Assert.Matches(@"staging\.yaml\(\d+,\d+\): error WUM1007: ", run.Stderr);
        HostOutput.AssertNotAnnotated(run.Stderr);
    }

    [Fact]
    public void The_folder_of_a_removed_environment_disappears()
    {
        using var run = new SynthRun();
        run.Run();
        File.Delete(Path.Combine(run.EnvironmentsDirectory, "staging.yaml"));

        Assert.Equal(SynthCommand.Success, run.Run());

        Assert.False(Directory.Exists(Path.Combine(run.OutputDirectory, "stacks", "staging")));
        Assert.DoesNotContain("\"staging\"", File.ReadAllText(Path.Combine(run.OutputDirectory, "manifest.json")), StringComparison.Ordinal);
        Assert.StartsWith("Removed stacks no longer synthesized: staging\nSynthesized 2 environments (development, production): ", Unwaived(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Env_replaces_the_output_whole_and_names_the_stacks_it_removed()
    {
        using var run = new SynthRun();
        run.Run();

        Assert.Equal(SynthCommand.Success, run.Run(null, "--env", "production"));

        Assert.Equal(["manifest.json", "stacks/production/cdk.tf.json"], run.OutputFiles().Keys);
        Assert.StartsWith("Removed stacks no longer synthesized: development, staging\nSynthesized 1 environment (production): ", Unwaived(run.Stdout), StringComparison.Ordinal);

        Assert.Equal(SynthCommand.Success, run.Run(null, "--env", "production"));
        Assert.StartsWith("Synthesized 1 environment (production): ", Unwaived(run.Stdout), StringComparison.Ordinal);

        Assert.Equal(SynthCommand.Success, run.Run());
        Assert.StartsWith("Synthesized 3 environments ", Unwaived(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_s_working_files_survive_a_new_synth()
    {
        using var run = new SynthRun();
        run.Run();
        var stack = Path.Combine(run.OutputDirectory, "stacks", "development");
        Directory.CreateDirectory(Path.Combine(stack, ".terraform", "providers"));
        File.WriteAllText(Path.Combine(stack, ".terraform.lock.hcl"), "# lock");
        File.WriteAllText(Path.Combine(stack, "terraform.development.tfstate"), "{}");

        Assert.Equal(SynthCommand.Success, run.Run());

        Assert.True(Directory.Exists(Path.Combine(stack, ".terraform", "providers")));
        Assert.Equal("# lock", File.ReadAllText(Path.Combine(stack, ".terraform.lock.hcl")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(stack, "terraform.development.tfstate")));
        Assert.DoesNotContain(
            Directory.GetDirectories(Path.GetDirectoryName(run.OutputDirectory)!).Select(Path.GetFileName),
            name => name!.StartsWith("cdktf.out.", StringComparison.Ordinal)); // no staging or retired tree left behind
    }

    [Fact]
    public void Removing_an_environment_whose_folder_holds_state_is_refused()
    {
        using var run = new SynthRun();
        run.Run();
        File.WriteAllText(Path.Combine(run.OutputDirectory, "stacks", "staging", "terraform.staging.tfstate"), "{}");
        File.Delete(Path.Combine(run.EnvironmentsDirectory, "staging.yaml"));

        Assert.Equal(SynthCommand.InputErrors, run.Run());

        Assert.Contains("stacks/staging", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(run.OutputDirectory, "stacks", "staging", "terraform.staging.tfstate")));
    }

    [Fact]
    public void Env_selects_stacks_and_an_unknown_one_is_a_usage_error()
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.Success, run.Run(null, "--env", "production"));
        Assert.Equal(["manifest.json", "stacks/production/cdk.tf.json"], run.OutputFiles().Keys);

        Assert.Equal(SynthCommand.UsageError, run.Run(null, "--env", "prod"));
        Assert.Contains("unknown environment 'prod'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_prints_the_usage_which_says_that_env_removes_the_other_stacks()
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.Success, run.Run(null, "--help"));

        Assert.StartsWith("Usage: Wumbo.Cdktf [--env NAME]... [--environments DIR] [--out DIR]\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--env, the other environments' stacks are removed from it", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Output: plain text, with no colour or terminal control codes (NO_COLOR is honoured", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
        Assert.False(Directory.Exists(run.OutputDirectory));
    }

    [Fact]
    public void Hcl_output_is_refused_with_a_clear_message()
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.UsageError, run.Run(new Dictionary<string, string> { ["SYNTH_HCL_OUTPUT"] = "true" }));

        Assert.Contains("HCL output (cdktf synth --hcl) is not supported", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.OutputDirectory));
    }

    [Fact]
    public void Cdktf_outdir_is_honoured_and_out_overrides_it()
    {
        Assert.True(CommandLine.TryParse([], "out2", out var fromVariable, out _));
        Assert.Equal("out2", fromVariable.OutputDirectory);
        Assert.True(CommandLine.TryParse(["--out", "x"], "out2", out var fromOption, out _));
        Assert.Equal("x", fromOption.OutputDirectory);
        Assert.True(CommandLine.TryParse([], null, out var byDefault, out _));
        Assert.Equal("cdktf.out", byDefault.OutputDirectory);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--env")]
    public void Bad_arguments_are_a_usage_error(string argument)
    {
        using var run = new SynthRun();

        Assert.Equal(SynthCommand.UsageError, run.Run(null, argument));
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }

    // The resources counted another way than the summary counts them: in the construct tree, not the JSON.
    private static int ResourceConstructs(params string[] environments)
    {
        var app = WumboApp.Build(environments.Select(WumboStacks.Model));
        Assert.Empty(app.Synth().Diagnostics.Select(d => d.ToString()));
        return app.Node.FindAll().OfType<TerraformResource>().Count();
    }

    private static List<string> WaiverLines(string stdout) => [.. stdout.Split('\n').Where(line => line.StartsWith("waived: ", StringComparison.Ordinal))];

    /// <summary>The output without the lines that list the active waivers.</summary>
    private static string Unwaived(string stdout) =>
        string.Concat(stdout.Split('\n').Where(line => !line.StartsWith("waived: ", StringComparison.Ordinal)).Select(line => line + "\n"))[..^1];
}
