using System.Text;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>WUM1xxx: the loader on the checked-in environment files, one of them broken.</summary>
internal static partial class DiagnosticTriggers
{
    private static Part Reading() => new()
    {
        { DiagnosticCatalog.YamlSyntax, () => Development("name: development", "name: [development") },
        { DiagnosticCatalog.InvalidUtf8, () => Development("purpose: Development and testing", "purpose: Développement", Encoding.Latin1) },
        { DiagnosticCatalog.DuplicateKey, () => Development("nat_gateways: 1", "nat_gateways: 1\n  nat_gateways: 2") },
        { DiagnosticCatalog.UnknownKey, () => Development("nat_gateways: 1", "nat_gateway: 1") },
        { DiagnosticCatalog.WrongType, () => Development("availability_zones: 2", "availability_zones: two") },
        { DiagnosticCatalog.MissingValue, () => Development("nat_gateways: 1", string.Empty) },
        { DiagnosticCatalog.OutOfRange, () => Development("availability_zones: 2", "availability_zones: 9") },
        { DiagnosticCatalog.PatternMismatch, () => Development("- name: backend", "- name: Backend_API") },
        { DiagnosticCatalog.EmptyFile, () => Changed("development.yaml", f => f with { Content = Array.Empty<byte>() }) },
        { DiagnosticCatalog.FileTooLarge, () => Development("purpose: Development and testing", "purpose: " + new string('x', 1 << 20)) },
        { DiagnosticCatalog.NestingTooDeep, () => Development("purpose: Development and testing", "purpose: " + new string('[', 100) + new string(']', 100)) },
        { DiagnosticCatalog.AliasExpansionTooLarge, () => Development("purpose: Development and testing", "purpose: " + AliasBomb()) },
        { DiagnosticCatalog.MultipleDocuments, () => Development("usage:", "---\nusage:") },
        { DiagnosticCatalog.UnsupportedTag, () => Development("name: development", "name: !vault development") },
        { DiagnosticCatalog.FileNameMismatch, () => Changed("development.yaml", f => f with { Path = "environments/dev.yaml" }) },
        { DiagnosticCatalog.SecretLiteral, () => Development("database_name: wumbo", "database_name: wumbo\n  master_password: hunter2-not-real") },
        { DiagnosticCatalog.SecretLikeValue, () => Development("Owner: built-by-dusty", "Owner: AKIAIOSFODNN7EXAMPLE") },
        { DiagnosticCatalog.InvalidEnumValue, () => Development("cpu_architecture: arm64", "cpu_architecture: arm") },
        { DiagnosticCatalog.UnionChoice, () => Development("state_backend:\n", "state_backend:\n  local: {path: null}\n") },
        { DiagnosticCatalog.NoEnvironmentFiles, () => Load([]) },
        { DiagnosticCatalog.DuplicateEnvironment, () => Load([.. CheckedIn, .. CheckedIn.Select(f => f with { Path = f.Path.Replace(".yaml", ".yml", StringComparison.Ordinal) })]) },
    };

    /// <summary>Six levels of ten aliases each, on one line: a million values from a few hundred characters.</summary>
    private static string AliasBomb() =>
        "[&a0 [x, x, x, x, x, x, x, x, x, x], " + string.Join(", ", Enumerable.Range(1, 5).Select(i => $"&a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]")) + "]";
}
