using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>
/// An Android application id: at least two dot-separated segments, each starting with a letter and
/// holding only letters, digits and underscores. Android forbids hyphens, which is why Wumbo's package
/// is <c>com.built_by_dusty.wumbo</c> where the iOS bundle id says <c>built-by-dusty</c>.
/// </summary>
public readonly partial record struct AndroidPackageName : IWireValue<AndroidPackageName>
{
    private AndroidPackageName(string value) => Value = value;

    public string Value { get; }

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidAndroidPackage;

    public static string FormatDescription => "dot-separated segments that start with a letter and hold letters, digits and underscores (no hyphens), for example com.built_by_dusty.wumbo";

    public static bool TryCreate(string text, out AndroidPackageName value, out string problem)
    {
        if (Pattern().IsMatch(text))
        {
            value = new AndroidPackageName(text);
            problem = string.Empty;
            return true;
        }

        value = default;
        problem = text.Contains('-', StringComparison.Ordinal)
            ? $"'{text}' is not an Android package name: Android forbids hyphens; use underscores ('{text.Replace('-', '_')}')"
            : $"'{text}' is not an Android package name; expected {FormatDescription}";
        return false;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
