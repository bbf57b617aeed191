using System.Collections.Immutable;
using Wumbo.Model.Domain;
using Wumbo.Policies.Rules;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>One rule of the policy pack an environment waives for one resource: why, and until when.</summary>
public sealed record WaiverFacts(string Rule, string Title, string Resource, string Reason, string Expires)
{
    public static ImmutableArray<WaiverFacts> From(EnvironmentModel model) =>
    [
        .. model.Policy.Waivers.Select(w => new WaiverFacts(
            w.Rule,
            PolicyRules.Find(w.Rule)?.Title ?? "unknown rule",
            w.Resource,
            w.Reason,
            w.Expires.Value)),
    ];
}
