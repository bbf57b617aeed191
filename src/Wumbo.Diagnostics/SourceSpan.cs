namespace Wumbo.Diagnostics;

/// <summary>A range in a source file; lines and columns are 1-based, as editors and compilers print them.</summary>
public readonly record struct SourceSpan(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    /// <summary>The whole-file span used where a problem has no better location (for example an empty file).</summary>
    public static SourceSpan StartOf(string file) => At(file, 1, 1);
}
