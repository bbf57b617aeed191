namespace Wumbo.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
