namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The outputs CI and the docs read, by the names they read them by.</summary>
public sealed class OutputIntentTests
{
    private static readonly string[] Outputs =
    [
        "vpc_id", "public_subnet_ids", "private_subnet_ids", "isolated_subnet_ids", "api_url", "load_balancer_dns_name",
        "ecr_repository_urls", "ci_principal_arn", "cluster_name", "service_names", "secret_arns", "database_endpoint",
        "database_master_secret_arn", "cache_endpoint", "alarm_topic_arn", "migration_command", "amplify_app_id", "amplify_branch",
    ];

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Ci_and_the_docs_find_every_output_they_read(string environment)
    {
        var stack = WumboStacks.For(environment);

        Assert.Equal(Outputs.Order(StringComparer.Ordinal), stack.Outputs().Select(o => o.LogicalId).Order(StringComparer.Ordinal));
        Assert.Equal(WumboStacks.Model(environment).Dns.ApiUrl, stack.HasOutput("api_url")["value"]!.Value.GetString());
        Assert.All(stack.Outputs(), o => Assert.False(string.IsNullOrWhiteSpace(o["description"]?.GetString())));
    }
}
