using Wumbo.Diagnostics;

namespace Wumbo.Policies.Engine;

/// <summary>WUM59xx: problems with waivers. The rules' own codes are their ids (WUM5001-WUM5899).</summary>
public static class PolicyDiagnostics
{
    public static readonly DiagnosticDescriptor ExpiredWaiver = DiagnosticRange.Policy.Error("WUM5901", "A waiver has expired");
    public static readonly DiagnosticDescriptor UnknownRule = DiagnosticRange.Policy.Error("WUM5902", "A waiver names a rule the pack does not have");
    public static readonly DiagnosticDescriptor UnusedWaiver = DiagnosticRange.Policy.Error("WUM5903", "A waiver waives nothing");

    /// <summary>The waiver codes; the rules' descriptors are <c>PolicyRules.All</c>'s.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [ExpiredWaiver, UnknownRule, UnusedWaiver];
}
