using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// Some AWS resources exist once per account (the GitHub OIDC identity provider, an SES domain identity). Of
/// the environments that share an account and use the resource, exactly one stack creates it and the others
/// use it: with none, their plans fail to find it; with two, the second apply fails because it exists. An
/// environment that pins no <c>account_id</c> is taken to share the one unpinned account.
/// </summary>
internal sealed class AccountSingletonRule(
    string noun,
    string ownsPath,
    Func<EnvironmentModel, bool> uses,
    Func<EnvironmentModel, bool> owns,
    Func<EnvironmentModel, string> scope) : IEnvironmentSetRule
{
    public void Check(ImmutableArray<BoundEnvironment> environments, ICollection<Diagnostic> diagnostics)
    {
        foreach (var environment in environments.Where(e => owns(e.Model) && !uses(e.Model)))
        {
            Report(environment, $"'{environment.Model.Name}' owns the {noun} but does not use it", "set it to false", diagnostics);
        }

        var groups = environments.Where(e => uses(e.Model)).GroupBy(e => (e.Model.Environment.AccountId, scope(e.Model)));
        foreach (var group in groups)
        {
            var owners = group.Where(e => owns(e.Model)).ToList();
            var account = group.Key.AccountId is { } id ? "account " + id : "the unpinned account";
            if (owners.Count == 0)
            {
                foreach (var environment in group)
                {
                    Report(
                        environment,
                        $"no environment in {account} owns the {noun}, so '{environment.Model.Name}' would look for one that no stack creates",
                        "set it to true in the environment deployed first",
                        diagnostics);
                }
            }

            if (owners.Count > 1)
            {
                foreach (var owner in owners)
                {
                    var others = string.Join(", ", owners.Where(o => !ReferenceEquals(o, owner)).Select(o => $"'{o.Model.Name}'"));
                    Report(owner, $"'{owner.Model.Name}' and {others} in {account} both create the {noun}; the second apply would fail", "keep it true in one environment only", diagnostics);
                }
            }
        }
    }

    private void Report(BoundEnvironment environment, string message, string hint, ICollection<Diagnostic> diagnostics) =>
        diagnostics.Report(DiagnosticCatalog.AccountResourceOwnership, environment.Sources, ownsPath, message, hint);
}
