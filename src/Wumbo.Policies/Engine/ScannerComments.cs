using System.Globalization;
using Wumbo.Policies.Rules;

namespace Wumbo.Policies.Engine;

/// <summary>
/// What a waiver writes into its resource's <c>"//"</c> object, in the forms other scanners read:
/// <c>checkov:skip=&lt;id&gt;:&lt;reason&gt;</c> (checkov searches a resource's lines for it) and
/// <c>trivy:ignore:&lt;AVD id&gt;</c>, plus the pack's own record of the waiver.
/// </summary>
public static class ScannerComments
{
    public static IEnumerable<(string Key, string Line)> For(PolicyRule rule, Waiver waiver)
    {
        var reason = waiver.Reason.ReplaceLineEndings(" ");
        yield return ("policy", string.Create(CultureInfo.InvariantCulture, $"{rule.Id} waived until {waiver.Expires:yyyy-MM-dd}: {reason}"));
        foreach (var id in rule.Ids.Checkov)
        {
            yield return ("checkov", $"checkov:skip={id}:{reason}");
        }

        foreach (var id in rule.Ids.Trivy)
        {
            yield return ("trivy", $"trivy:ignore:{id}");
        }
    }
}
