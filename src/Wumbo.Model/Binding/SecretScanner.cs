using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Secrets;
using Wumbo.Model.Shapes;
using Wumbo.Model.Yaml;

namespace Wumbo.Model.Binding;

/// <summary>
/// Secret values live in AWS Secrets Manager, never in the repository. This scan runs over the raw YAML,
/// before binding, so a secret is caught wherever it is written (even under an unknown key or in tags).
/// Messages name the key, never the value, so that the diagnostic itself cannot leak it.
/// </summary>
internal static class SecretScanner
{
    /// <summary>Scans the file's tree; <paramref name="shape"/> is what the model declares there, so its own keys are settings, never secrets.</summary>
    public static void Scan(YamlNode root, TypeShape shape, ICollection<Diagnostic> diagnostics)
    {
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        Walk(root, shape, visited, diagnostics);
    }

    private static void Walk(YamlNode node, TypeShape? shape, HashSet<YamlNode> visited, ICollection<Diagnostic> diagnostics)
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
                    var declared = Declared(shape, entry.Key.Value);
                    if (declared is null && entry.Value is YamlScalar { IsNull: false } value && SecretDetector.NamesASecret(entry.Key.Value))
                    {
                        diagnostics.Add(DiagnosticCatalog.SecretLiteral.At(
                            value.Span,
                            $"'{entry.Key.Value}' holds a literal value; secret values never go into environment files",
                            hint: "store it in AWS Secrets Manager and declare only the secret's name and key names under security.secrets"));
                    }
                    else
                    {
                        Walk(entry.Value, declared, visited, diagnostics);
                    }
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, (shape as ListShape)?.Element, visited, diagnostics);
                }

                break;
            case YamlScalar scalar when SecretDetector.Classify(scalar.Value) is { } kind:
                diagnostics.Add(DiagnosticCatalog.SecretLikeValue.At(
                    scalar.Span,
                    $"this value looks like {kind}",
                    hint: "remove it from the file, rotate it, and keep it in AWS Secrets Manager"));
                break;
        }
    }

    // The shape the model declares under a key; null for keys it does not declare (unknown keys, tag names),
    // which are where a secret can hide.
    private static TypeShape? Declared(TypeShape? shape, string key) => shape switch
    {
        RecordShape record => record.Members.FirstOrDefault(m => m.WireName == key)?.Shape,
        UnionShape union => union.Cases.FirstOrDefault(c => c.WireName == key)?.Shape,
        _ => null,
    };

}
