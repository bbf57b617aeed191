using System.Globalization;

namespace Wumbo.Diagnostics;

/// <summary>
/// One problem found in the input. Printed MSBuild-style as
/// <c>path(line,col): error WUMnnnn: message</c> so that editors and CI annotate the right line.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    SourceSpan? Span,
    string? ModelPath = null,
    string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic without its location: <c>error WUMnnnn: message (hint)</c>.</summary>
    public string Text => $"{(IsError ? "error" : "warning")} {Code}: {Message}{(Hint is null ? string.Empty : " (" + Hint + ")")}";

    public override string ToString() =>
        Span is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{span.File}({span.StartLine},{span.StartColumn}): {Text}")
            : Text;
}
