using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Wumbo.Model.Validation;

/// <summary>
/// How one service names its instance types (<c>db.t4g.micro</c>, <c>cache.r7g.large</c>): the prefix,
/// the Graviton families, and for a non-Graviton family letter the Graviton family to suggest instead.
/// </summary>
internal sealed partial record InstanceKind(
    string Prefix,
    string Noun,
    FrozenSet<string> GravitonFamilies,
    FrozenDictionary<string, string> GravitonByLetter)
{
    public static readonly InstanceKind Rds = new(
        "db",
        "RDS instance class",
        FrozenSet.Create(StringComparer.Ordinal, "t4g", "m6g", "m6gd", "m7g", "m8g", "m8gd", "r6g", "r6gd", "r7g", "r8g", "r8gd", "x2g", "c6gd"),
        new Dictionary<string, string> { ["t"] = "t4g", ["m"] = "m7g", ["r"] = "r7g", ["x"] = "x2g", ["c"] = "c6gd" }.ToFrozenDictionary(StringComparer.Ordinal));

    public static readonly InstanceKind ElastiCache = new(
        "cache",
        "ElastiCache node type",
        FrozenSet.Create(StringComparer.Ordinal, "t4g", "m6g", "m7g", "r6g", "r6gd", "r7g", "c7gn"),
        new Dictionary<string, string> { ["t"] = "t4g", ["m"] = "m7g", ["r"] = "r7g", ["c"] = "c7gn" }.ToFrozenDictionary(StringComparer.Ordinal));

    public string Example => Prefix + ".t4g.micro";

    public string GravitonList => string.Join(", ", GravitonFamilies.Order(StringComparer.Ordinal).Select(f => Prefix + "." + f));

    /// <summary>Splits <c>prefix.family.size</c>; false when the text is not of that form or has another prefix.</summary>
    public bool TryParse(string text, out string family, out string size)
    {
        var match = Shape().Match(text);
        var ok = match.Success && string.Equals(match.Groups["prefix"].Value, Prefix, StringComparison.Ordinal);
        family = ok ? match.Groups["family"].Value : string.Empty;
        size = ok ? match.Groups["size"].Value : string.Empty;
        return ok;
    }

    /// <summary>A well-formed name close to <paramref name="text"/>: lower-cased, with this kind's prefix.</summary>
    public string? Suggest(string text)
    {
        var lower = text.ToLowerInvariant();
        var parts = lower.Split('.');
        ImmutableArray<string> candidates = [lower, Prefix + "." + lower, parts.Length == 3 ? Prefix + "." + parts[1] + "." + parts[2] : lower];
        return candidates.FirstOrDefault(c => TryParse(c, out _, out _));
    }

    [GeneratedRegex("^(?<prefix>[a-z]+)\\.(?<family>[a-z]+[0-9]+[a-z]*)\\.(?<size>micro|small|medium|large|[0-9]*xlarge|metal(-[0-9]+xl)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
