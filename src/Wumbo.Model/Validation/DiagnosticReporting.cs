using Wumbo.Diagnostics;
using Wumbo.Model.Binding;

namespace Wumbo.Model.Validation;

/// <summary>Reports a rule violation at the position of the offending value, with its model path.</summary>
internal static class DiagnosticReporting
{
    public static void Report(
        this ICollection<Diagnostic> diagnostics,
        DiagnosticDescriptor descriptor,
        SourceMap sources,
        string modelPath,
        string message,
        string? hint = null) =>
        diagnostics.Add(descriptor.At(sources.Find(modelPath), message, modelPath, hint));
}
