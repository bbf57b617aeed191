using System.Text.RegularExpressions;
using Wumbo.Model.Secrets;

namespace Wumbo.Preview.Markdown;

/// <summary>
/// Keeps secret values out of the comment. The stacks hold none (secrets live in Secrets Manager), but a
/// preview is posted where many can read it, so a literal string is hidden when its argument names a secret
/// (<c>password</c>, <c>auth_token</c>; every argument the provider schema marks sensitive is named so) or when it
/// looks like a credential (<see cref="SecretDetector"/>). References (<c>${...}</c>) and numbers and booleans are shown.
/// </summary>
internal static partial class SecretRedaction
{
    public static string? Display(string path, string? jsonValue)
    {
        if (jsonValue is null || !jsonValue.StartsWith('"') || WholeReference().IsMatch(jsonValue))
        {
            return jsonValue;
        }

        if (SecretDetector.NamesASecret(LastName(path)))
        {
            return "(hidden: the argument names a secret)";
        }

        return SecretDetector.Classify(jsonValue) is { } kind ? $"(hidden: it looks like {kind})" : jsonValue;
    }

    private static string LastName(string path) => IndexSuffix().Replace(path, string.Empty).Split('.')[^1];

    [GeneratedRegex(@"^""\$\{[^{}]*\}""$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeReference();

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexSuffix();
}
