using Wumbo.Preview.Reading;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>WUM4xxx: the preview reader on a checkout holding a one-stack app's synthesized output, with a part of it gone or broken.</summary>
internal static partial class DiagnosticTriggers
{
    private static Part PlanPreview() => new()
    {
        { PreviewDiagnostics.CheckoutMissing, () => Read(root => Directory.Delete(root, recursive: true)) },
        { PreviewDiagnostics.OutputMissing, () => Read(root => File.Delete(Path.Combine(root, RevisionReader.OutputFolder, "manifest.json"))) },
        { PreviewDiagnostics.UnreadableOutput, () => Read(root => File.WriteAllText(Path.Combine(root, RevisionReader.OutputFolder, Stack), "{")) },
        { PreviewDiagnostics.StackMissing, () => Read(root => File.Delete(Path.Combine(root, RevisionReader.OutputFolder, Stack))) },
    };
}
