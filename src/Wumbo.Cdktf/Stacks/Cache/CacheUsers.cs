using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Who may use the cache (SECURITY-RULES E3, Redis RBAC). The choice: IAM authentication. A password user
/// (or an AUTH token) would put the password into the Terraform configuration and its state; with IAM, the
/// tasks sign a short-lived token with their role (user name = user id, the token as password, refreshed
/// within 15 minutes; redis-py's credential providers do this) and no secret exists anywhere. IAM
/// authentication needs Redis 7 with TLS, which the model requires. The group also holds the user every
/// group must contain, named <c>default</c>, switched off.
/// </summary>
internal sealed class CacheUsers : Construct
{
    public CacheUsers(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        var names = context.Names;
        var disabledDefault = new AwsElasticacheUser(this, "default", new AwsElasticacheUserConfig
        {
            UserId = names.Resource("default"),
            UserName = "default",
            Engine = "redis",
            AccessString = "off -@all",
            AuthenticationMode = new AwsElasticacheUserAuthenticationMode { Type = "no-password-required" },
        });
        App = new AwsElasticacheUser(this, "app", new AwsElasticacheUserConfig
        {
            UserId = names.Resource("app"),
            UserName = names.Resource("app"),
            Engine = "redis",
            AccessString = "on ~* &* +@all -@admin",
            AuthenticationMode = new AwsElasticacheUserAuthenticationMode { Type = "iam" },
        });
        Group = new AwsElasticacheUserGroup(this, "group", new AwsElasticacheUserGroupConfig
        {
            UserGroupId = names.Prefix,
            Engine = "redis",
            UserIds = [disabledDefault.UserId, App.UserId],
        });
    }

    /// <summary>The user the services connect as.</summary>
    public AwsElasticacheUser App { get; }

    public AwsElasticacheUserGroup Group { get; }
}
