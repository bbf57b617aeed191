using System.Text;
using Wumbo.Hosting;

namespace Wumbo.Docs.Hosting;

/// <summary>
/// What <c>--check</c> reports: each document whose committed bytes differ from the rendered ones (with a unified
/// diff), each one missing, and each other file of the directory, which writing the docs would remove.
/// </summary>
internal static class StaleDocs
{
    // Long enough to show a whole section; a rewritten document is cut with a count of the lines left out.
    private const int MaxDiffLines = 200;

    public static IReadOnlyList<string> Find(string directory, IReadOnlyList<(string RelativePath, string Content)> documents)
    {
        var findings = new List<string>();
        foreach (var (relativePath, content) in documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, relativePath);
            var label = Label(directory, relativePath);
            if (!File.Exists(path))
            {
                findings.Add($"{label} is missing:\n" + UnifiedDiff.Render(string.Empty, content, "/dev/null", label + " (generated)", maxLines: MaxDiffLines));
                continue;
            }

            var committed = File.ReadAllBytes(path);
            if (!committed.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(content)))
            {
                findings.Add($"{label} is stale:\n" + UnifiedDiff.Render(Encoding.UTF8.GetString(committed), content, label + " (committed)", label + " (generated)", maxLines: MaxDiffLines));
            }
        }

        if (Directory.Exists(directory))
        {
            var generated = documents.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
            findings.AddRange(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
                .Where(relativePath => !generated.Contains(relativePath))
                .Order(StringComparer.Ordinal)
                .Select(relativePath => $"{Label(directory, relativePath)} is not generated: writing the docs would remove it"));
        }

        return findings;
    }

    private static string Label(string directory, string relativePath) => directory.TrimEnd('/') + "/" + relativePath;
}
