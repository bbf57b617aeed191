using System.Diagnostics;
using Wumbo.Diagnostics;
using Wumbo.Docs.Documents;
using Wumbo.Hosting;

namespace Wumbo.Docs.Hosting;

/// <summary>
/// The docs command: load the environments, synthesize their stacks in memory, render every document, and write
/// the output directory whole (or, with <c>--check</c>, compare it). Input errors are printed as synthesis prints
/// them, and nothing is written. A run ends with one summary line: the documents written or checked and the time taken.
/// </summary>
internal static class DocsCommand
{
    public const int Success = HostCommand.Success;
    public const int InputErrorsOrStale = HostCommand.Failure;
    public const int UsageError = HostCommand.UsageError;

    private const string Regenerate = "dotnet run --project src/Wumbo.Docs -c Release";

    /// <summary>Runs the command; <paramref name="environmentVariable"/> reads the process environment (<c>GITHUB_ACTIONS</c>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable, TimeProvider clock)
    {
        var startedAt = Stopwatch.GetTimestamp();
        return HostCommand.Run<DocsOptions>(
            args, stdout, stderr, DocsCommandLine.Usage, DocsCommandLine.TryParse, o => o.ShowHelp, o => Render(o, stdout, stderr, environmentVariable, startedAt, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    // today decides which waivers of the policy pack have expired.
    private static int Render(
        DocsOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable, long startedAt, DateOnly today)
    {
        if (!EnvironmentFiles.TryLoad(options.EnvironmentsDirectory, stdout, stderr, environmentVariable, out var environments, out var sources))
        {
            return InputErrors(options, stderr, startedAt);
        }

        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(environments, diagnostics, today, sources);
        if (DiagnosticsOutput.Report(diagnostics, stdout, stderr, environmentVariable))
        {
            return InputErrors(options, stderr, startedAt);
        }

        var documents = DocumentSet.Render(context);
        // The end of the summary line, taken once the documents are written or checked.
        string Source() => $"{RunSummary.Count(environments.Length, "environment", "environments")}, {RunSummary.Took(startedAt)}";
        return options.Check ? Check(options.OutputDirectory, documents, Source, stdout, stderr) : Write(options.OutputDirectory, documents, Source, stdout);
    }

    private static int InputErrors(DocsOptions options, TextWriter stderr, long startedAt)
    {
        stderr.Write($"Rendering failed: {options.OutputDirectory} left unchanged, {RunSummary.Took(startedAt)}\n");
        return InputErrorsOrStale;
    }

    private static int Check(string directory, IReadOnlyList<(string RelativePath, string Content)> documents, Func<string> source, TextWriter stdout, TextWriter stderr)
    {
        var findings = StaleDocs.Find(directory, documents);
        if (findings.Count == 0)
        {
            stdout.Write($"{directory} is up to date: {Documents(documents)} checked against {source()}\n");
            return Success;
        }

        stdout.Write(string.Join("\n\n", findings) + "\n");
        stderr.Write($"error: {directory} is stale ({findings.Count} finding(s) above); regenerate it with `{Regenerate}` and commit the result\n");
        return InputErrorsOrStale;
    }

    private static int Write(string directory, IReadOnlyList<(string RelativePath, string Content)> documents, Func<string> source, TextWriter stdout)
    {
        DirectorySwap.Replace(directory, documents);
        stdout.Write($"Wrote {Documents(documents)} into {directory} from {source()}\n");
        return Success;
    }

    // "4 documents (DEPLOYMENT.md, COSTS.md, APP-IDENTIFIERS.md, ENVIRONMENTS.md)"
    private static string Documents(IReadOnlyList<(string RelativePath, string Content)> documents) =>
        $"{RunSummary.Count(documents.Count, "document", "documents")} ({string.Join(", ", documents.Select(d => d.RelativePath))})";
}
