using Wumbo.Diagnostics;
using Wumbo.Hosting;
using Wumbo.Preview.Markdown;
using Wumbo.Preview.Reading;

namespace Wumbo.Preview.Hosting;

/// <summary>
/// The <c>diff</c> command reviewers see on a pull request: read both checkouts' synthesized output, compare them,
/// and print the Markdown to stdout or <c>--output</c>. Unreadable output is reported MSBuild-style, and nothing is written.
/// </summary>
internal static class PreviewCommand
{
    public const int Success = HostCommand.Success;
    public const int InputErrors = HostCommand.Failure;
    public const int UsageError = HostCommand.UsageError;

    /// <summary>Runs the command; <paramref name="environmentVariable"/> reads the process environment (<c>GITHUB_ACTIONS</c>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable) =>
        HostCommand.Run<PreviewOptions>(
            args, stdout, stderr, PreviewCommandLine.Usage, PreviewCommandLine.TryParse, o => o.ShowHelp, o => Preview(o, stdout, stderr, environmentVariable));

    private static int Preview(PreviewOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable)
    {
        var diagnostics = new List<Diagnostic>();
        var before = RevisionReader.Read(options.BaseRoot, "base", diagnostics);
        var after = RevisionReader.Read(options.HeadRoot, "head", diagnostics);
        if (DiagnosticsOutput.Report(diagnostics, stdout, stderr, environmentVariable) || before is null || after is null)
        {
            return InputErrors;
        }

        var markdown = PlanPreviewMarkdown.Render(PlanPreview.Compare(before, after));
        if (options.OutputFile is null)
        {
            stdout.Write(markdown);
        }
        else
        {
            File.WriteAllText(options.OutputFile, markdown);
            stdout.Write($"Wrote the plan preview to {options.OutputFile}\n");
        }

        return Success;
    }
}
