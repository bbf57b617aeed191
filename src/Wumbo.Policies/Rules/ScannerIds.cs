using System.Collections.Immutable;

namespace Wumbo.Policies.Rules;

/// <summary>
/// The ids other tools give the same check: checkov (<c>CKV_AWS_16</c>, <c>CKV2_AWS_60</c>), trivy
/// (<c>AVD-AWS-0080</c>) and AWS Security Hub controls (<c>RDS.3</c>). Waivers are written for the first two.
/// </summary>
public sealed record ScannerIds(ImmutableArray<string> Checkov, ImmutableArray<string> Trivy, ImmutableArray<string> SecurityHub)
{
    /// <summary>Sorts ids by their form: <c>CKV…</c> is checkov's, <c>AVD-…</c> trivy's, anything else Security Hub's.</summary>
    public static ScannerIds Of(params string[] ids) => new(
        [.. ids.Where(id => id.StartsWith("CKV", StringComparison.Ordinal))],
        [.. ids.Where(id => id.StartsWith("AVD-", StringComparison.Ordinal))],
        [.. ids.Where(id => !id.StartsWith("CKV", StringComparison.Ordinal) && !id.StartsWith("AVD-", StringComparison.Ordinal))]);

    public IEnumerable<string> All => Checkov.Concat(Trivy).Concat(SecurityHub);

    public override string ToString() => string.Join(", ", All);
}
