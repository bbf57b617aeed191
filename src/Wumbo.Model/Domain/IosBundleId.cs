using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>An iOS bundle identifier: reverse-DNS segments of letters, digits and hyphens (Apple allows hyphens, not underscores).</summary>
public readonly partial record struct IosBundleId : IWireValue<IosBundleId>
{
    private IosBundleId(string value) => Value = value;

    public string Value { get; }

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidIosBundleId;

    public static string FormatDescription => "reverse-DNS segments of letters, digits and hyphens, for example com.built-by-dusty.wumbo";

    public static bool TryCreate(string text, out IosBundleId value, out string problem)
    {
        if (text.Length <= 155 && Pattern().IsMatch(text))
        {
            value = new IosBundleId(text);
            problem = string.Empty;
            return true;
        }

        value = default;
        problem = $"'{text}' is not an iOS bundle identifier; expected {FormatDescription}";
        return false;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
