using Wumbo.Diagnostics;

namespace Wumbo.Hosting;

/// <summary>
/// Prints diagnostics MSBuild-style: errors to stderr (which the cdktf CLI shows as errors), warnings to stdout.
/// Under GitHub Actions (<see cref="GitHubAnnotation"/>) each line is followed, on the same stream, by the
/// diagnostic as a workflow command, which the runner reads from either stream and shows on the pull request.
/// </summary>
public static class DiagnosticsOutput
{
    /// <summary>True when any diagnostic is an error; <paramref name="environmentVariable"/> says whether to annotate.</summary>
    public static bool Report(IEnumerable<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr, Func<string, string?> environmentVariable)
    {
        var annotate = GitHubAnnotation.IsEnabled(environmentVariable);
        var hasErrors = false;
        foreach (var diagnostic in diagnostics)
        {
            hasErrors |= diagnostic.IsError;
            var writer = diagnostic.IsError ? stderr : stdout;
            writer.Write(diagnostic + "\n");
            if (annotate)
            {
                writer.Write(GitHubAnnotation.Format(diagnostic) + "\n");
            }
        }

        return hasErrors;
    }
}
