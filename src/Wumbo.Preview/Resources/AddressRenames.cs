using System.Text.RegularExpressions;
using Wumbo.Preview.Reading;

namespace Wumbo.Preview.Resources;

/// <summary>
/// Rewrites references to moved resources in the base's values (<c>${aws_kms_key.old.arn}</c> →
/// <c>${aws_kms_key.new.arn}</c>): after a <c>moved</c> block Terraform resolves both to the same object, so a
/// reference that only followed the rename is no change.
/// </summary>
internal sealed class AddressRenames
{
    private readonly Dictionary<string, string> _renames;
    private readonly Regex? _pattern;

    public AddressRenames(IEnumerable<DeclaredMove> moves)
    {
        _renames = moves.GroupBy(m => m.FromResource, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ToResource, StringComparer.Ordinal);
        _pattern = _renames.Count == 0
            ? null
            : new Regex(
                // An address stands alone: not inside a longer name, and followed by an attribute or an instance key.
                "(?<![A-Za-z0-9_.-])(" + string.Join('|', _renames.Keys.Order(StringComparer.Ordinal).Select(Regex.Escape)) + ")(?=[.\\[])",
                RegexOptions.CultureInvariant);
    }

    public string Apply(string text) => _pattern is null ? text : _pattern.Replace(text, m => _renames[m.Value]);
}
