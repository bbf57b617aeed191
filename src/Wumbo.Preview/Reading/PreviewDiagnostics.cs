using Wumbo.Diagnostics;

namespace Wumbo.Preview.Reading;

/// <summary>Every WUM4xxx code of the plan preview: a checkout whose synthesized output cannot be read.</summary>
public static class PreviewDiagnostics
{
    public static readonly DiagnosticDescriptor CheckoutMissing = Error("WUM4001", "The checkout directory does not exist");
    public static readonly DiagnosticDescriptor OutputMissing = Error("WUM4002", "The checkout has no synthesized output");
    public static readonly DiagnosticDescriptor UnreadableOutput = Error("WUM4003", "A synthesized file cannot be read");
    public static readonly DiagnosticDescriptor StackMissing = Error("WUM4004", "A stack the manifest lists is missing");

    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);
}
