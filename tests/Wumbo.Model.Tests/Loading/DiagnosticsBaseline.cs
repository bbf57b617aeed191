using System.Text;
using Wumbo.Diagnostics;

namespace Wumbo.Model.Tests.Loading;

/// <summary>
/// Renders a broken input as Bicep's diagnostics baselines do: the input echoed line by line, each
/// diagnostic written under the line it points at, with a caret under its column. Diagnostics without a
/// position come first.
/// </summary>
internal static class DiagnosticsBaseline
{
    public static string Render(string input, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics.ToLookup(d => d.Span?.StartLine ?? 0);
        var output = new StringBuilder();
        foreach (var diagnostic in byLine[0])
        {
            output.Append(diagnostic.Text).Append('\n');
        }

        var lines = input.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0 && !byLine.Contains(i + 1))
            {
                break; // the final newline of the input ends the echo
            }

            output.Append(lines[i]).Append('\n');
            foreach (var diagnostic in byLine[i + 1])
            {
                output.Append(' ', diagnostic.Span!.Value.StartColumn - 1).Append("^ ").Append(diagnostic.Text).Append('\n');
            }
        }

        return output.ToString();
    }
}
