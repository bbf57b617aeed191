using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>An e-mail address for alarm subscriptions (a pragmatic check: local part, @, a dotted domain).</summary>
public readonly partial record struct EmailAddress : IWireValue<EmailAddress>
{
    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidEmail;

    public static string FormatDescription => "an e-mail address such as alerts@wumbo.app";

    public static bool TryCreate(string text, out EmailAddress value, out string problem)
    {
        if (text.Length <= 254 && Pattern().IsMatch(text))
        {
            value = new EmailAddress(text);
            problem = string.Empty;
            return true;
        }

        value = default;
        problem = $"'{text}' is not an e-mail address; expected {FormatDescription}";
        return false;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
