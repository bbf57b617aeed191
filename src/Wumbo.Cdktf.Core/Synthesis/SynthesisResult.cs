using System.Collections.Immutable;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>What synthesis produced: diagnostics, and artifacts only when no diagnostic is an error.</summary>
public sealed record SynthesisResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SynthesisArtifact> Artifacts)
{
    public bool Success => !Diagnostics.Any(d => d.IsError);

    public string? Find(string relativePath) => Artifacts.FirstOrDefault(a => a.RelativePath == relativePath)?.Content;
}
