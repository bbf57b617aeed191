using System.Diagnostics;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Hosting;

namespace Wumbo.Cdktf.Hosting;

/// <summary>
/// The app as the cdktf CLI and people run it: load <c>environments/*.yaml</c>, synthesize one stack per
/// environment, and replace the output directory whole. Any error is printed MSBuild-style and leaves the
/// output directory untouched. A run ends with one summary line (<see cref="SynthesisSummary"/>), or a failed one
/// with one saying so.
/// </summary>
internal static class SynthCommand
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable, TimeProvider clock)
    {
        var startedAt = Stopwatch.GetTimestamp();
        if (!CommandLine.TryParse(args, environmentVariable("CDKTF_OUTDIR"), out var options, out var usageError))
        {
            stderr.Write($"error: {usageError}\n\n{CommandLine.Usage}\n");
            return UsageError;
        }

        if (options.ShowHelp)
        {
            stdout.Write(CommandLine.Usage + "\n");
            return Success;
        }

        if (string.Equals(environmentVariable("SYNTH_HCL_OUTPUT"), "true", StringComparison.OrdinalIgnoreCase))
        {
            stderr.Write("error: HCL output (cdktf synth --hcl) is not supported; this app writes Terraform JSON (cdk.tf.json) only\n");
            return UsageError;
        }

        try
        {
            var exitCode = Synthesize(options, stdout, stderr, environmentVariable, startedAt, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (exitCode != Success)
            {
                stderr.Write($"Synthesis failed: {options.OutputDirectory} left unchanged, {RunSummary.Took(startedAt)}\n");
            }

            return exitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"error: {e.Message}\n");
            return InputErrors;
        }
    }

    // today decides which waivers have expired.
    private static int Synthesize(
        SynthesisOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable, long startedAt, DateOnly today)
    {
        if (!EnvironmentFiles.TryLoad(options.EnvironmentsDirectory, stdout, stderr, environmentVariable, out var environments, out var sources))
        {
            return InputErrors;
        }

        var unknown = options.SelectedEnvironments.Except(environments.Select(e => e.Name), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            stderr.Write($"error: unknown environment {string.Join(", ", unknown.Select(u => $"'{u}'"))}; known: {string.Join(", ", environments.Select(e => e.Name))}\n");
            return UsageError;
        }

        var selected = environments.Where(e => options.SelectedEnvironments.Count == 0 || options.SelectedEnvironments.Contains(e.Name)).ToList();
        var result = WumboSynthesis.Run(selected, sources, today);
        if (DiagnosticsOutput.Report(result.Diagnostics, stdout, stderr, environmentVariable))
        {
            return InputErrors;
        }

        ActiveWaivers.Print(result.ActiveWaivers, stdout);

        var orphans = OutputDirectory.OrphanedStateFolders(options.OutputDirectory, selected.Select(e => e.Name));
        if (orphans.Count > 0)
        {
            stderr.Write($"error: {string.Join(", ", orphans)} in '{options.OutputDirectory}' hold Terraform state but would be removed; move the state away first\n");
            return InputErrors;
        }

        var files = result.Synthesis.Artifacts.Select(a => (a.RelativePath, a.Content)).ToList();
        var removed = OutputDirectory.Replace(options.OutputDirectory, files);
        if (removed.Count > 0)
        {
            stdout.Write($"Removed stacks no longer synthesized: {string.Join(", ", removed)}\n");
        }

        var summary = new SynthesisSummary(
            [.. selected.Select(e => e.Name)], SynthesisSummary.CountResources(files), files.Count, options.OutputDirectory, WaiversActive: result.ActiveWaivers.Values.Sum(w => w.Length));
        stdout.Write(summary.Line(startedAt) + "\n");
        return Success;
    }
}
