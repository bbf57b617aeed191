using System.Collections.Immutable;
using Wumbo.Diagnostics;

namespace Wumbo.Model.Binding;

/// <summary>
/// Where each value of a bound environment came from. Keys are model paths in YAML wire names,
/// such as <c>compute.services[2].desired_count</c>; the empty path is the document itself.
/// Domain records stay free of positions; rules find them here.
/// </summary>
public sealed class SourceMap(string file, ImmutableDictionary<string, SourceSpan> spans)
{
    public string File { get; } = file;

    /// <summary>
    /// The span of <paramref name="modelPath"/>, or of its nearest ancestor that was written in the file
    /// (a value left to its default points at the mapping that omits it).
    /// </summary>
    public SourceSpan Find(string modelPath)
    {
        var path = modelPath;
        while (true)
        {
            if (spans.TryGetValue(path, out var span))
            {
                return span;
            }

            if (path.Length == 0)
            {
                return SourceSpan.StartOf(File);
            }

            path = Parent(path);
        }
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? string.Empty : path[..cut];
    }
}
