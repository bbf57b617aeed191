using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using Wumbo.Policies.Engine;
using Wumbo.Policies.Rules;
using Wumbo.Preview.Reading;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// The product's diagnostic catalogues, each with its explicit list of descriptors. A new catalogue goes here, with a
/// trigger for each of its codes in <see cref="DiagnosticTriggers"/>; a range without a catalogue must be reserved.
/// </summary>
internal static class Catalogues
{
    public static IReadOnlyList<(Type Type, IReadOnlyList<DiagnosticDescriptor> Descriptors)> All { get; } =
    [
        (typeof(DiagnosticCatalog), DiagnosticCatalog.All),
        (typeof(SynthesisDiagnostics), SynthesisDiagnostics.All),
        (typeof(PreviewDiagnostics), PreviewDiagnostics.All),
        (typeof(PolicyDiagnostics), PolicyDiagnostics.All),
        (typeof(PolicyRules), [.. PolicyRules.All.Select(rule => rule.Descriptor)]),
    ];

    /// <summary>Ranges in the table whose project has no catalogue yet, and why.</summary>
    public static IReadOnlyDictionary<DiagnosticRange, string> Reserved { get; } = new Dictionary<DiagnosticRange, string>();

    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.SelectMany(c => c.Descriptors);
}
