using System.Globalization;
using System.Text;
using Wumbo.Diagnostics;

namespace Wumbo.Hosting;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=WUMnnnn::message</c>),
/// which GitHub shows on the pull request's changed line. Printed beside the MSBuild-style line, never instead
/// of it, and only when the run is under GitHub Actions (<c>GITHUB_ACTIONS=true</c>).
/// </summary>
public static class GitHubAnnotation
{
    public const string EnvironmentVariable = "GITHUB_ACTIONS";

    public static bool IsEnabled(Func<string, string?> environmentVariable) =>
        string.Equals(environmentVariable(EnvironmentVariable), "true", StringComparison.OrdinalIgnoreCase);

    public static string Format(Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.Span is { } span)
        {
            properties.Add("file=" + EscapeProperty(span.File));
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={span.StartLine},col={span.StartColumn}"));
            if (span.EndLine != span.StartLine || span.EndColumn != span.StartColumn)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"endLine={span.EndLine},endColumn={span.EndColumn}"));
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        var message = diagnostic.Message + (diagnostic.Hint is null ? string.Empty : " (" + diagnostic.Hint + ")");
        return $"::{(diagnostic.IsError ? "error" : "warning")} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    // The escapes of GitHub's toolkit (@actions/core, command.ts): data escapes %, CR and LF; a property also : and ,.
    private static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
