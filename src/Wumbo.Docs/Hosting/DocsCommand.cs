using Wumbo.Diagnostics;
using Wumbo.Docs.Documents;
using Wumbo.Hosting;

namespace Wumbo.Docs.Hosting;

/// <summary>
/// The docs command: load the environments, synthesize their stacks in memory, render every document, and write
/// the output directory whole (or, with <c>--check</c>, compare it). Input errors are printed as synthesis prints
/// them, and nothing is written.
/// </summary>
internal static class DocsCommand
{
    public const int Success = HostCommand.Success;
    public const int InputErrorsOrStale = HostCommand.Failure;
    public const int UsageError = HostCommand.UsageError;

    private const string Regenerate = "dotnet run --project src/Wumbo.Docs -c Release";

    /// <summary>Runs the command; <paramref name="environmentVariable"/> reads the process environment (<c>GITHUB_ACTIONS</c>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable) =>
        HostCommand.Run<DocsOptions>(
            args, stdout, stderr, DocsCommandLine.Usage, DocsCommandLine.TryParse, o => o.ShowHelp, o => Render(o, stdout, stderr, environmentVariable));

    private static int Render(DocsOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable)
    {
        if (!EnvironmentFiles.TryLoad(options.EnvironmentsDirectory, stdout, stderr, environmentVariable, out var environments))
        {
            return InputErrorsOrStale;
        }

        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(environments, diagnostics);
        if (DiagnosticsOutput.Report(diagnostics, stdout, stderr, environmentVariable))
        {
            return InputErrorsOrStale;
        }

        var documents = DocumentSet.Render(context);
        return options.Check ? Check(options.OutputDirectory, documents, stdout, stderr) : Write(options.OutputDirectory, documents, stdout);
    }

    private static int Check(string directory, IReadOnlyList<(string RelativePath, string Content)> documents, TextWriter stdout, TextWriter stderr)
    {
        var findings = StaleDocs.Find(directory, documents);
        if (findings.Count == 0)
        {
            stdout.Write($"{directory} is up to date: {string.Join(", ", documents.Select(d => d.RelativePath))}\n");
            return Success;
        }

        stdout.Write(string.Join("\n\n", findings) + "\n");
        stderr.Write($"error: {directory} is stale ({findings.Count} finding(s) above); regenerate it with `{Regenerate}` and commit the result\n");
        return InputErrorsOrStale;
    }

    private static int Write(string directory, IReadOnlyList<(string RelativePath, string Content)> documents, TextWriter stdout)
    {
        DirectorySwap.Replace(directory, documents);
        stdout.Write($"Wrote {documents.Count} document(s) into {directory}: {string.Join(", ", documents.Select(d => d.RelativePath))}\n");
        return Success;
    }
}
