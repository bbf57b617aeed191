namespace Wumbo.Model;

/// <summary>An input file as the host read it: the path diagnostics print, and its raw bytes.</summary>
public sealed record SourceFile(string Path, ReadOnlyMemory<byte> Content);
