namespace Wumbo.Diagnostics;

/// <summary>The one order in which diagnostics are printed: file, line, column, code, message (all ordinal).</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var bySpan = CompareSpans(x.Span, y.Span);
        if (bySpan != 0)
        {
            return bySpan;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Message, y.Message);
    }

    private static int CompareSpans(SourceSpan? x, SourceSpan? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        var a = x.Value;
        var b = y.Value;
        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : a.StartColumn.CompareTo(b.StartColumn);
    }
}
