namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>One generated source file: its name in the output directory and its exact text.</summary>
internal sealed record GeneratedFile(string Name, string Text);
