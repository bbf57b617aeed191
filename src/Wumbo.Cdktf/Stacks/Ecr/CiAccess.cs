using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The principal GitHub Actions pushes images and deploys with, as the model chooses (SECURITY-RULES I4):
/// a role assumed through GitHub's OIDC provider, trusted only for the repository's deploying branches (no
/// long-lived key exists), or the seed's IAM user, which gets its permissions through a group (I1) and no
/// console login or access key from Terraform (create the key by hand, and rotate it).
/// </summary>
internal sealed class CiAccess : Construct
{
    private const string GitHubTokenIssuer = "token.actions.githubusercontent.com";

    public CiAccess(Construct scope, string id, StackContext context, IReadOnlyList<AwsEcrRepository> repositories, CiDeployTargets targets)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "registry.ci_access");
        var access = context.Environment.Registry.CiAccess;
        var name = context.Names.Resource("ci");
        var permissions = CiPermissions.Statements(context, repositories, targets);
        switch (access.Kind)
        {
            case CiPrincipalKind.GithubOidcRole:
                var role = new AwsIamRole(this, "role", new AwsIamRoleConfig
                {
                    Name = name,
                    Description = $"GitHub Actions in {access.GithubRepository} ({string.Join(", ", access.Branches)}) pushes images and deploys the services",
                    MaxSessionDuration = 3600,
                    AssumeRolePolicy = PolicyDocument.Json(new PolicyStatement
                    {
                        Principal = PolicyPrincipal.Federated(OidcProviderArn(context, access)),
                        Actions = ["sts:AssumeRoleWithWebIdentity"],
                        Conditions =
                        [
                            new PolicyCondition("StringEquals", GitHubTokenIssuer + ":aud", ["sts.amazonaws.com"]),
                            new PolicyCondition("StringEquals", GitHubTokenIssuer + ":sub", [.. access.Branches.Select(b => (TfString)$"repo:{access.GithubRepository}:ref:refs/heads/{b}")]),
                        ],
                    }),
                });
                _ = ServiceRoles.Grant(this, "role-policy", role, permissions);
                PrincipalArn = role.Arn;
                break;
            case CiPrincipalKind.IamUser:
                var user = new AwsIamUser(this, "user", new AwsIamUserConfig { Name = name });
                var group = new AwsIamGroup(this, "group", new AwsIamGroupConfig { Name = name });
                _ = new AwsIamGroupPolicy(this, "group-policy", new AwsIamGroupPolicyConfig
                {
                    Group = group.Name,
                    Name = name,
                    Policy = PolicyDocument.Json(permissions),
                });
                _ = new AwsIamUserGroupMembership(this, "membership", new AwsIamUserGroupMembershipConfig { User = user.Name, Groups = [group.Name] });
                PrincipalArn = user.Arn;
                break;
            default:
                throw new InvalidOperationException($"no CI principal for {access.Kind}");
        }
    }

    /// <summary>The role's or the user's ARN, for the stack's outputs.</summary>
    public TfString PrincipalArn { get; }

    // The provider exists once per account: the owning environment creates it (kept from deletion, since the
    // other environments' roles trust it), the others look it up, so their plans fail clearly without it.
    private TfString OidcProviderArn(StackContext context, CiPushAccess access)
    {
        const string url = "https://" + GitHubTokenIssuer;
        if (!access.OwnsOidcProvider)
        {
            return new DataAwsIamOpenidConnectProvider(this, "github-oidc-provider", new DataAwsIamOpenidConnectProviderConfig { Url = url }).Arn;
        }

        return new AwsIamOpenidConnectProvider(this, "github-oidc-provider", new AwsIamOpenidConnectProviderConfig
        {
            Url = url,
            ClientIdList = ["sts.amazonaws.com"],
            Tags = ResourceNaming.NameTag(GitHubTokenIssuer),
            Lifecycle = new TerraformLifecycle { PreventDestroy = true },
        }).Arn;
    }
}
