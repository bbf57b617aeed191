using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>Every WUM3xxx code of the construct layer and synthesizer; <c>ModelPath</c> is the construct path.</summary>
public static class SynthesisDiagnostics
{
    public static readonly DiagnosticDescriptor LogicalIdCollision = Error("WUM3001", "Two elements share a Terraform address");
    public static readonly DiagnosticDescriptor EmptyLogicalId = Error("WUM3002", "An element has no logical id");
    public static readonly DiagnosticDescriptor InvalidStackId = Error("WUM3003", "Invalid stack id");
    public static readonly DiagnosticDescriptor DuplicateConstructId = Error("WUM3004", "Duplicate construct id in one scope");
    public static readonly DiagnosticDescriptor ElementOutsideStack = Error("WUM3005", "Terraform element outside a stack");
    public static readonly DiagnosticDescriptor CountAndForEach = Error("WUM3006", "count and for_each are mutually exclusive");
    public static readonly DiagnosticDescriptor DataSourceLifecycle = Error("WUM3007", "Data sources take no lifecycle block");
    public static readonly DiagnosticDescriptor CrossStackReference = Error("WUM3008", "Cross-stack references are not supported");
    public static readonly DiagnosticDescriptor UnlockedS3State = Error("WUM3009", "S3 state without locking");
    public static readonly DiagnosticDescriptor ErrorAnnotation = Error("WUM3010", "Error annotation");
    public static readonly DiagnosticDescriptor SeveralMoves = Error("WUM3011", "A resource can move only once per apply");
    public static readonly DiagnosticDescriptor UnknownMoveTarget = Error("WUM3012", "Unknown move target");
    public static readonly DiagnosticDescriptor MoveTypeMismatch = Error("WUM3013", "Move between different resource types");
    public static readonly DiagnosticDescriptor DuplicateMoveTarget = Error("WUM3014", "Move target declared twice");
    public static readonly DiagnosticDescriptor StatefulResourceRemoved = Error("WUM3015", "A stateful resource would be destroyed");
    public static readonly DiagnosticDescriptor InvalidStackJson = Error("WUM3016", "Stack JSON cannot be read");
    public static readonly DiagnosticDescriptor NoStacks = Warning("WUM3017", "The app has no stacks");

    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, DiagnosticSeverity.Warning, title);
}
