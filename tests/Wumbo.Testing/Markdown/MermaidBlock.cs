namespace Wumbo.Testing.Markdown;

/// <summary>One block: the 1-based line of its opening fence, and its content with every line ended by <c>\n</c>.</summary>
public sealed record MermaidBlock(int Line, string Source);
