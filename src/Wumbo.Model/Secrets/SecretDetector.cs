using System.Text.RegularExpressions;

namespace Wumbo.Model.Secrets;

/// <summary>
/// Recognises text that looks like a secret value: credentials with a known shape (AWS access key ids, private
/// key blocks, GitHub and Slack tokens), a credential written as <c>password=…</c>, a URL with a password, and
/// long random-looking tokens. Used on the environment files and on every output, so a secret is caught in any
/// free-text value. It says what kind of secret it saw, never the value.
/// </summary>
public static partial class SecretDetector
{
    private const int MinimumTokenLength = 32;

    // Shannon entropy in bits per character: random base64 tokens of 32+ characters score about 4.5 to 5,
    // words, paths and names stay well below.
    private const double MinimumTokenEntropy = 4.0;

    /// <summary>What kind of secret <paramref name="value"/> looks like, or null when it looks like none.</summary>
    public static string? Classify(string value)
    {
        if (KnownCredential().IsMatch(value))
        {
            return "a credential (an AWS access key id, a private key or an access token)";
        }

        if (CredentialAssignment().IsMatch(value))
        {
            return "a credential written as name=value";
        }

        if (UrlWithPassword().IsMatch(value))
        {
            return "a URL with a password";
        }

        return Tokens().Matches(value).Any(m => m.Length >= MinimumTokenLength && IsRandomLooking(m.Value))
            ? "a random-looking token"
            : null;
    }

    /// <summary>Whether a key or argument name announces a secret: password, secret, token, private_key, api_key, access_key, credential.</summary>
    public static bool NamesASecret(string name) => SecretName().IsMatch(name);

    private static bool IsRandomLooking(string token) =>
        token.Any(char.IsAsciiDigit) && token.Any(char.IsAsciiLetterLower) && token.Any(char.IsAsciiLetterUpper)
        && Entropy(token) >= MinimumTokenEntropy;

    private static double Entropy(string text) =>
        -text.GroupBy(c => c).Sum(g => (double)g.Count() / text.Length * Math.Log2((double)g.Count() / text.Length));

    // AWS access key ids, PEM private keys, GitHub and Slack tokens.
    [GeneratedRegex("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b|-----BEGIN [A-Z ]*PRIVATE KEY-----|\\bgh[pousr]_[A-Za-z0-9]{36}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,}|\\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex KnownCredential();

    // password=…, api_key: …, client_secret = … with a value. Not "…:password::", the way an ECS secret
    // reference (valueFrom) names one key of a secret, nor "id-token: write", GitHub Actions' OIDC permission.
    [GeneratedRegex("\\b(password|passwd|pwd|secret|client[_-]?secret|(?<!id-)token|auth[_-]?token|api[_-]?key|access[_-]?key|private[_-]?key)\\s*(=|:(?!:))\\s*[^\\s,;:\"'{}\\[\\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialAssignment();

    // scheme://user:password@host
    [GeneratedRegex("\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:[^\\s/@]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlWithPassword();

    [GeneratedRegex("(password|passwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|credential)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    // Runs of base64 characters.
    [GeneratedRegex("[A-Za-z0-9+/]+=*", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
