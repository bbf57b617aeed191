using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>The seed's EcrStack of one environment: the repositories, their lifecycle, and the principal CI pushes and deploys with.</summary>
public sealed record RegistryFacts(ImmutableArray<string> Repositories, int KeepTaggedImages, int ExpireUntaggedAfterDays, CiFacts Ci)
{
    public static RegistryFacts From(EnvironmentModel model, string oidcProviderOwner)
    {
        var registry = model.Registry;
        var access = registry.CiAccess;
        return new(
            [.. registry.Repositories.Select(r => model.Names.Repository(r.Id))],
            registry.Lifecycle.KeepTaggedImages,
            registry.Lifecycle.ExpireUntaggedAfterDays,
            new CiFacts(
                access.Kind == CiPrincipalKind.GithubOidcRole,
                model.Names.Resource("ci"),
                access.GithubRepository,
                access.Branches,
                access.OwnsOidcProvider,
                oidcProviderOwner));
    }
}

/// <summary>
/// The CI principal: a role assumed through GitHub's OIDC provider (no AWS keys; the provider is created by the
/// stack of <paramref name="OidcProviderOwner"/>, empty when no environment here owns it) or an IAM user with keys.
/// </summary>
public sealed record CiFacts(bool IsOidcRole, string PrincipalName, string GithubRepository, ImmutableArray<string> Branches, bool OwnsOidcProvider, string OidcProviderOwner);
