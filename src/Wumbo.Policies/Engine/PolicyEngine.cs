using System.Collections.Immutable;
using System.Globalization;
using Wumbo.Diagnostics;
using Wumbo.Policies.Rules;
using Wumbo.Policies.Stacks;

namespace Wumbo.Policies.Engine;

/// <summary>Where in the input a finding comes from (the environment file's line), when anyone knows.</summary>
public delegate SourceSpan? FindingLocator(StackResource resource, string? argument, out string? modelPath);

/// <summary>The outcome of the pack on one stack: its diagnostics, and the waivers that waived a finding.</summary>
public sealed record PolicyRun(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Waiver> ActiveWaivers);

/// <summary>
/// Runs every rule that applies to an environment on one rendered stack. A finding without a waiver is an
/// error naming the resource's address and construct path; a waiver that has expired, names an unknown rule or
/// waives nothing (the resource is gone, or the rule passes on it) is an error too, so waivers cannot go stale.
/// </summary>
public static class PolicyEngine
{
    public static IEnumerable<PolicyFinding> Evaluate(StackDocument stack, bool production) =>
        from rule in PolicyRules.All
        where rule.AppliesTo(production)
        from resource in stack.Resources
        where rule.ResourceTypes.Contains(resource.Type)
        let violation = rule.Check(resource, stack)
        where violation is not null
        select new PolicyFinding(rule, resource, violation);

    public static PolicyRun Check(StackDocument stack, bool production, IReadOnlyList<Waiver> waivers, DateOnly today, FindingLocator locate)
    {
        var diagnostics = new List<Diagnostic>();
        var findings = Evaluate(stack, production).ToList();
        var active = new List<Waiver>();
        foreach (var waiver in waivers)
        {
            if (Problem(waiver, stack, findings, today) is { } problem)
            {
                diagnostics.Add(problem);
            }
            else
            {
                active.Add(waiver);
            }
        }

        foreach (var finding in findings.Where(f => !active.Any(w => Covers(w, f))))
        {
            var span = locate(finding.Resource, finding.Violation.Argument, out var modelPath);
            diagnostics.Add(finding.Rule.Descriptor.At(
                span,
                $"{finding.Resource.Address} ({finding.Resource.ConstructPath}): {finding.Rule.Title}: {finding.Violation.Problem} [{finding.Rule.Ids}]",
                modelPath,
                hint: finding.Rule.Fix + $"; or waive it in policy.waivers with rule {finding.Rule.Id} and resource {finding.Resource.Address}"));
        }

        return new PolicyRun([.. diagnostics], [.. active]);
    }

    private static bool Covers(Waiver waiver, PolicyFinding finding) =>
        waiver.RuleId == finding.Rule.Id && waiver.Resource == finding.Resource.Address;

    private static Diagnostic? Problem(Waiver waiver, StackDocument stack, List<PolicyFinding> findings, DateOnly today)
    {
        var rule = PolicyRules.Find(waiver.RuleId);
        if (rule is null)
        {
            return PolicyDiagnostics.UnknownRule.At(waiver.Span, $"the waiver names {waiver.RuleId}, which is not a rule of the pack", waiver.ModelPath, "src/Wumbo.Policies/Rules holds the rules; docs/DEPLOYMENT.md lists the waivers");
        }

        if (waiver.Expires < today)
        {
            return PolicyDiagnostics.ExpiredWaiver.At(
                waiver.Span,
                string.Create(CultureInfo.InvariantCulture, $"the waiver of {waiver.RuleId} for {waiver.Resource} expired on {waiver.Expires:yyyy-MM-dd}"),
                waiver.ModelPath,
                "fix the resource, or review the reason and set a new expiry date");
        }

        if (stack.Find(waiver.Resource) is null)
        {
            return PolicyDiagnostics.UnusedWaiver.At(waiver.Span, $"the waiver of {waiver.RuleId} names {waiver.Resource}, which this stack does not have", waiver.ModelPath, "remove the waiver, or copy the address from the rule's diagnostic");
        }

        return findings.Any(f => Covers(waiver, f))
            ? null
            : PolicyDiagnostics.UnusedWaiver.At(
                waiver.Span,
                $"{rule.Id} passes on {waiver.Resource}{(rule.ResourceTypes.Contains(stack.Find(waiver.Resource)!.Type) ? (rule.AppliesTo(true) && !rule.AppliesTo(false) ? " or applies only in production" : string.Empty) : ", which is not a resource the rule reads")}",
                waiver.ModelPath,
                "remove the waiver");
    }
}
