using System.Globalization;

namespace Wumbo.Model.Diagnostics;

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

    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = Hint is null ? string.Empty : " (" + Hint + ")";
        return Span is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{span.File}({span.StartLine},{span.StartColumn}): {severity} {Code}: {Message}{hint}")
            : $"{severity} {Code}: {Message}{hint}";
    }
}
