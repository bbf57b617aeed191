using System.Text.Json;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>Who may do what: CI's principal, the roles services assume, and the policies they carry.</summary>
public sealed class IamIntentTests
{
    private static readonly string[] UnscopableActions = ["ecr:GetAuthorizationToken", "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"];

    [Theory]
    [InlineData("development", "develop", true)]
    [InlineData("staging", "main", false)]
    [InlineData("production", "main", false)]
    public void Ci_assumes_a_role_through_github_oidc_trusted_only_for_the_repository_s_deploying_branch(string environment, string branch, bool ownsProvider)
    {
        var stack = WumboStacks.For(environment);

        var role = stack.HasResourceWithProperties("aws_iam_role", new { name = $"{environment}-wumbo-ci" });
        var statement = Statements(role["assume_role_policy"]!.Value).Single();
        Assert.Equal("sts:AssumeRoleWithWebIdentity", statement.GetProperty("Action")[0].GetString());
        var conditions = statement.GetProperty("Condition").GetProperty("StringEquals");
        Assert.Equal($"repo:built-by-dusty/wumbo:ref:refs/heads/{branch}", conditions.GetProperty("token.actions.githubusercontent.com:sub")[0].GetString());
        Assert.Equal("sts.amazonaws.com", conditions.GetProperty("token.actions.githubusercontent.com:aud")[0].GetString());
        Assert.Equal(ownsProvider, stack.Resources("aws_iam_openid_connect_provider").Count == 1);
        Assert.Equal(!ownsProvider, stack.DataSources("aws_iam_openid_connect_provider").Count == 1);
        stack.HasNoResource("aws_iam_user");
    }

    [Fact]
    public void The_seed_s_iam_user_gets_its_permissions_through_a_group_and_no_key_or_login()
    {
        var stack = StackVariants.Get("iam-user");

        stack.HasResourceWithProperties("aws_iam_user", new { name = "development-wumbo-ci" });
        stack.HasResourceWithProperties("aws_iam_group_policy", new { group = Match.ReferenceTo("aws_iam_group", "name") });
        stack.HasResourceWithProperties("aws_iam_user_group_membership", new { user = Match.ReferenceTo("aws_iam_user", "name") });
        stack.HasNoResource("aws_iam_user_policy");
        stack.HasNoResource("aws_iam_access_key");
        stack.HasNoResource("aws_iam_user_login_profile");
        stack.HasNoResource("aws_iam_openid_connect_provider");
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Service_roles_are_assumable_only_by_their_service_for_this_account(string environment)
    {
        foreach (var role in WumboStacks.For(environment).Resources("aws_iam_role").Where(r => !r["name"]!.Value.GetString()!.EndsWith("-ci", StringComparison.Ordinal)))
        {
            var statement = Statements(role["assume_role_policy"]!.Value).Single();
            Assert.Equal(JsonValueKind.Array, statement.GetProperty("Principal").GetProperty("Service").ValueKind);
            Assert.Equal("${data.aws_caller_identity.account.account_id}", statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceAccount")[0].GetString());
        }
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void No_policy_allows_every_action_of_a_service_and_only_unscopable_actions_get_every_resource(string environment)
    {
        var stack = WumboStacks.For(environment);
        var policies = stack.Resources("aws_iam_role_policy").Concat(stack.Resources("aws_iam_group_policy")).ToList();

        Assert.NotEmpty(policies);
        foreach (var statement in policies.SelectMany(p => Statements(p["policy"]!.Value)))
        {
            var actions = statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!).ToList();
            Assert.DoesNotContain(actions, a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal));
            if (statement.GetProperty("Resource").EnumerateArray().Any(r => r.GetString() == "*"))
            {
                Assert.All(actions, a => Assert.Contains(a, UnscopableActions));
            }
        }
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_api_and_worker_send_e_mail_only_from_the_model_s_address_and_beat_cannot(string environment)
    {
        var stack = WumboStacks.For(environment);
        var senders = stack.Resources("aws_iam_role_policy")
            .Where(p => Statements(p["policy"]!.Value).Any(s => s.GetProperty("Sid").GetString() == "SendEmail"))
            .Select(p => p.ConstructPath!)
            .ToList();

        Assert.Equal([$"{environment}/compute/backend/task-role-policy", $"{environment}/compute/worker/task-role-policy"], senders.Order(StringComparer.Ordinal));
    }

    private static List<JsonElement> Statements(JsonElement policy) =>
        JsonencodeDecoder.Decode(policy.GetString()!).GetProperty("Statement").EnumerateArray().ToList();
}
