using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class OidcBranchesRuleTests
{
    [Fact]
    public void An_oidc_role_without_branches_is_reported_at_branches()
    {
        var model = ValidModels.Development();
        var edited = model with { Registry = model.Registry with { CiAccess = model.Registry.CiAccess with { Branches = [] } } };

        var (diagnostics, sources) = RuleRun.One(edited);

        RuleRun.Single(diagnostics, DiagnosticCatalog.OidcRoleWithoutBranches, sources, "registry.ci_access.branches");
    }
}
