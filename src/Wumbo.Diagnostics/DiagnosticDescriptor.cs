namespace Wumbo.Diagnostics;

/// <summary>A diagnostic code with its severity and a short title; every code is declared once, in a catalogue.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    public Diagnostic At(SourceSpan? span, string message, string? modelPath = null, string? hint = null) =>
        new(Code, Severity, message, span, modelPath, hint);
}
