namespace Wumbo.Cdktf.Synthesis;

/// <summary>One output file: a '/'-separated path relative to the output directory, and its text (UTF-8 when written).</summary>
public sealed record SynthesisArtifact(string RelativePath, string Content);
