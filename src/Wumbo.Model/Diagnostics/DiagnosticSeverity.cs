namespace Wumbo.Model.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
