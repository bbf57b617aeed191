using System.Globalization;
using System.Text.RegularExpressions;

namespace Wumbo.Testing.Hosting;

/// <summary>What the output of every host (synthesizer, docs, preview) must look like, checked alike for the three.</summary>
public static partial class HostOutput
{
    /// <summary>
    /// Each MSBuild-style line with <paramref name="code"/> in <paramref name="output"/> (at least one) is followed by
    /// the same diagnostic as a GitHub workflow command: same level, file, line, column, code and message.
    /// </summary>
    public static void AssertAnnotated(string output, string code)
    {
        var diagnostics = DiagnosticLine().Matches(output).Where(m => m.Groups["code"].Value == code).ToList();
        if (diagnostics.Count == 0)
        {
            throw new CheckFailedException($"no {code} diagnostic in the output:\n{output}");
        }

        foreach (var diagnostic in diagnostics)
        {
            var next = output.IndexOf('\n', diagnostic.Index) + 1;
            var end = output.IndexOf('\n', next);
            var annotation = next == 0 || end < 0 ? string.Empty : output[next..end];
            var g = diagnostic.Groups;
            var expected = string.Create(
                CultureInfo.InvariantCulture,
                $"::{g["level"].Value} file={g["file"].Value},line={g["line"].Value},col={g["col"].Value},");
            if (!annotation.StartsWith(expected, StringComparison.Ordinal)
                || !annotation.EndsWith($"title={code}::{g["message"].Value}", StringComparison.Ordinal))
            {
                throw new CheckFailedException($"'{diagnostic.Value}' is not followed by its GitHub annotation, but by '{annotation}'");
            }
        }
    }

    /// <summary>No line of <paramref name="output"/> is a GitHub workflow command.</summary>
    public static void AssertNotAnnotated(string output)
    {
        if (("\n" + output).Contains("\n::", StringComparison.Ordinal))
        {
            throw new CheckFailedException($"the output holds GitHub workflow commands:\n{output}");
        }
    }

    // Paths in the tests' scratch projects hold no comma or colon, so the file names need no escaping here.
    [GeneratedRegex(@"^(?<file>[^\n(]+)\((?<line>\d+),(?<col>\d+)\): (?<level>error|warning) (?<code>WUM\d{4}): (?<message>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
