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

    /// <summary>
    /// <paramref name="output"/> is plain text: no control character but <c>\n</c>, so no ANSI colour or cursor
    /// sequence (ESC, CSI), no carriage return, tab or bell.
    /// </summary>
    public static void AssertPlain(string output, string what)
    {
        for (var i = 0; i < output.Length; i++)
        {
            if (char.IsControl(output[i]) && output[i] != '\n')
            {
                var context = output[Math.Max(0, i - 40)..Math.Min(output.Length, i + 20)];
                throw new CheckFailedException(string.Create(
                    CultureInfo.InvariantCulture, $"{what} holds the control character U+{(int)output[i]:X4} at {i}, near '{context}'"));
            }
        }
    }

    // Paths in the tests' scratch projects hold no comma or colon, so the file names need no escaping here.
    [GeneratedRegex(@"^(?<file>[^\n(]+)\((?<line>\d+),(?<col>\d+)\): (?<level>error|warning) (?<code>WUM\d{4}): (?<message>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
