using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("ECR repositories, their lifecycle rules, and how CI gets push access.")]
public sealed record RegistrySettings(
    [Description("The container image repositories.")]
    ImmutableArray<EcrRepositoryDefinition> Repositories,
    [Description("Image retention rules applied to every repository.")]
    EcrLifecycle Lifecycle,
    [Description("The principal CI uses to push images.")]
    CiPushAccess CiAccess);

[Description("One ECR repository.")]
public sealed record EcrRepositoryDefinition(
    [Description("Short id used by services, for example backend.")]
    string Id,
    [Description("Repository name, for example development/wumbo-backend.")]
    string Name);

[Description("ECR lifecycle policy: keep the newest tagged images, expire untagged ones.")]
public sealed record EcrLifecycle(
    [Description("How many tagged images to keep per repository.")]
    [Range(1, 1000)]
    int KeepTaggedImages,
    [Description("Days after which untagged images expire.")]
    [Range(1, 365)]
    int ExpireUntaggedAfterDays);

[Description("How GitHub Actions authenticates to push images.")]
public sealed record CiPushAccess(
    [Description("github-oidc-role (preferred, no long-lived keys) or iam-user.")]
    CiPrincipalKind Kind,
    [Description("The GitHub repository, owner/name.")]
    string GithubRepository,
    [Description("Branches allowed to push (for an OIDC role, the trust policy's sub condition).")]
    ImmutableArray<string> Branches,
    [Description("Whether this environment's stack creates the account's GitHub OIDC identity provider, which exists once per AWS account; the other environments of the account look it up. Only for github-oidc-role.")]
    bool OwnsOidcProvider);

public enum CiPrincipalKind
{
    [WireName("github-oidc-role")]
    GithubOidcRole,
    [WireName("iam-user")]
    IamUser,
}
