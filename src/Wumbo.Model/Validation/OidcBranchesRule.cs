using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// A GitHub OIDC role's trust policy pins the token's sub claim to the deploying branches
/// (SECURITY-RULES.md I4, CKV_AWS_358); with none listed it could only trust the whole repository or nothing.
/// </summary>
internal sealed class OidcBranchesRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var access = model.Registry.CiAccess;
        if (access.Kind == CiPrincipalKind.GithubOidcRole && access.Branches.IsDefaultOrEmpty)
        {
            diagnostics.Report(
                DiagnosticCatalog.OidcRoleWithoutBranches,
                sources,
                ModelPaths.CiBranches,
                $"the GitHub OIDC role for {access.GithubRepository} lists no branches, so its trust policy cannot restrict which workflows may push images",
                "list the branches that deploy this environment, for example [develop]");
        }
    }
}
