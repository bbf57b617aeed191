using Wumbo.Diagnostics;

namespace Wumbo.Preview.Reading;

/// <summary>Every WUM4xxx code of the plan preview: a checkout whose synthesized output cannot be read.</summary>
public static class PreviewDiagnostics
{
    public static readonly DiagnosticDescriptor CheckoutMissing = DiagnosticRange.PlanPreview.Error("WUM4001", "The checkout directory does not exist");
    public static readonly DiagnosticDescriptor OutputMissing = DiagnosticRange.PlanPreview.Error("WUM4002", "The checkout has no synthesized output");
    public static readonly DiagnosticDescriptor UnreadableOutput = DiagnosticRange.PlanPreview.Error("WUM4003", "A synthesized file cannot be read");
    public static readonly DiagnosticDescriptor StackMissing = DiagnosticRange.PlanPreview.Error("WUM4004", "A stack the manifest lists is missing");

    /// <summary>Every descriptor above, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [CheckoutMissing, OutputMissing, UnreadableOutput, StackMissing];
}
