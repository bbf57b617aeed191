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
    public const int Success = 0;
    public const int InputErrorsOrStale = 1;
    public const int UsageError = 2;

    private const string Regenerate = "dotnet run --project src/Wumbo.Docs -c Release";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!DocsCommandLine.TryParse(args, out var options, out var usageError))
        {
            stderr.Write($"error: {usageError}\n\n{DocsCommandLine.Usage}\n");
            return UsageError;
        }

        if (options.ShowHelp)
        {
            stdout.Write(DocsCommandLine.Usage + "\n");
            return Success;
        }

        try
        {
            return Render(options, stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"error: {e.Message}\n");
            return InputErrorsOrStale;
        }
    }

    private static int Render(DocsOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!EnvironmentFiles.TryLoad(options.EnvironmentsDirectory, stdout, stderr, out var environments))
        {
            return InputErrorsOrStale;
        }

        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(environments, diagnostics);
        if (DiagnosticsOutput.Report(diagnostics, stdout, stderr))
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
