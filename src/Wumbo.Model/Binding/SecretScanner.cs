using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Yaml;

namespace Wumbo.Model.Binding;

/// <summary>
/// Secret values live in AWS Secrets Manager, never in the repository. This scan runs over the raw YAML,
/// before binding, so a secret is caught wherever it is written (even under an unknown key or in tags).
/// Messages name the key, never the value, so that the diagnostic itself cannot leak it.
/// </summary>
internal static partial class SecretScanner
{
    public static void Scan(YamlNode root, ICollection<Diagnostic> diagnostics)
    {
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        Walk(root, visited, diagnostics);
    }

    private static void Walk(YamlNode node, HashSet<YamlNode> visited, ICollection<Diagnostic> diagnostics)
    {
        if (!visited.Add(node))
        {
            return;
        }

        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Value is YamlScalar { IsNull: false } value && SecretKey().IsMatch(entry.Key.Value))
                    {
                        diagnostics.Add(DiagnosticCatalog.SecretLiteral.At(
                            value.Span,
                            $"'{entry.Key.Value}' holds a literal value; secret values never go into environment files",
                            hint: "store it in AWS Secrets Manager and declare only the secret's name and key names under security.secrets"));
                    }
                    else
                    {
                        Walk(entry.Value, visited, diagnostics);
                    }
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, visited, diagnostics);
                }

                break;
            case YamlScalar scalar when CredentialLike().IsMatch(scalar.Value):
                diagnostics.Add(DiagnosticCatalog.SecretLikeValue.At(
                    scalar.Span,
                    "this value looks like a credential (an AWS access key id, a private key or an access token)",
                    hint: "remove it from the file, rotate it, and keep it in AWS Secrets Manager"));
                break;
        }
    }

    // Key names that announce a secret: password, passwd, secret, token, private_key, api_key, access_key, credential(s).
    [GeneratedRegex("(password|passwd|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|credential)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();

    // AWS access key ids, PEM private keys, GitHub and Slack tokens.
    [GeneratedRegex("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b|-----BEGIN [A-Z ]*PRIVATE KEY-----|\\bgh[pousr]_[A-Za-z0-9]{36}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,}|\\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex CredentialLike();
}
