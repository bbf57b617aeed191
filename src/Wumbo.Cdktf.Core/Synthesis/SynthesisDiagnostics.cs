using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>Every WUM3xxx code of the construct layer and synthesizer; <c>ModelPath</c> is the construct path.</summary>
public static class SynthesisDiagnostics
{
    public static readonly DiagnosticDescriptor LogicalIdCollision = DiagnosticRange.Synthesis.Error("WUM3001", "Two elements share a Terraform address");
    public static readonly DiagnosticDescriptor EmptyLogicalId = DiagnosticRange.Synthesis.Error("WUM3002", "An element has no logical id");
    public static readonly DiagnosticDescriptor InvalidStackId = DiagnosticRange.Synthesis.Error("WUM3003", "Invalid stack id");
    public static readonly DiagnosticDescriptor DuplicateConstructId = DiagnosticRange.Synthesis.Error("WUM3004", "Duplicate construct id in one scope");
    public static readonly DiagnosticDescriptor ElementOutsideStack = DiagnosticRange.Synthesis.Error("WUM3005", "Terraform element outside a stack");
    public static readonly DiagnosticDescriptor CountAndForEach = DiagnosticRange.Synthesis.Error("WUM3006", "count and for_each are mutually exclusive");
    public static readonly DiagnosticDescriptor DataSourceLifecycle = DiagnosticRange.Synthesis.Error("WUM3007", "Data sources take no lifecycle block");
    public static readonly DiagnosticDescriptor CrossStackReference = DiagnosticRange.Synthesis.Error("WUM3008", "Cross-stack references are not supported");
    public static readonly DiagnosticDescriptor UnlockedS3State = DiagnosticRange.Synthesis.Error("WUM3009", "S3 state without locking");
    public static readonly DiagnosticDescriptor ErrorAnnotation = DiagnosticRange.Synthesis.Error("WUM3010", "Error annotation");
    public static readonly DiagnosticDescriptor SeveralMoves = DiagnosticRange.Synthesis.Error("WUM3011", "A resource can move only once per apply");
    public static readonly DiagnosticDescriptor UnknownMoveTarget = DiagnosticRange.Synthesis.Error("WUM3012", "Unknown move target");
    public static readonly DiagnosticDescriptor MoveTypeMismatch = DiagnosticRange.Synthesis.Error("WUM3013", "Move between different resource types");
    public static readonly DiagnosticDescriptor DuplicateMoveTarget = DiagnosticRange.Synthesis.Error("WUM3014", "Move target declared twice");
    public static readonly DiagnosticDescriptor StatefulResourceRemoved = DiagnosticRange.Synthesis.Error("WUM3015", "A stateful resource would be destroyed");
    public static readonly DiagnosticDescriptor InvalidStackJson = DiagnosticRange.Synthesis.Error("WUM3016", "Stack JSON cannot be read");
    public static readonly DiagnosticDescriptor NoStacks = DiagnosticRange.Synthesis.Warning("WUM3017", "The app has no stacks");

    /// <summary>Every descriptor above, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        LogicalIdCollision, EmptyLogicalId, InvalidStackId, DuplicateConstructId, ElementOutsideStack, CountAndForEach,
        DataSourceLifecycle, CrossStackReference, UnlockedS3State, ErrorAnnotation, SeveralMoves, UnknownMoveTarget,
        MoveTypeMismatch, DuplicateMoveTarget, StatefulResourceRemoved, InvalidStackJson, NoStacks,
    ];
}
