using Wumbo.Diagnostics;

namespace Wumbo.Hosting;

/// <summary>Prints diagnostics MSBuild-style: errors to stderr (which the cdktf CLI shows as errors), warnings to stdout.</summary>
public static class DiagnosticsOutput
{
    /// <summary>True when any diagnostic is an error.</summary>
    public static bool Report(IEnumerable<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        var hasErrors = false;
        foreach (var diagnostic in diagnostics)
        {
            hasErrors |= diagnostic.IsError;
            (diagnostic.IsError ? stderr : stdout).Write(diagnostic + "\n");
        }

        return hasErrors;
    }
}
