using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>What the stacks must say, stated directly: the snapshots show everything, these say what matters.</summary>
public sealed class EnvironmentStackIntentTests
{
    private static readonly string[] SecurityGroupTypes =
        ["aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_aws_provider_is_pinned_exactly_with_its_full_source(string environment) =>
        WumboStacks.For(environment).HasTerraformSettings(new { required_providers = new { aws = new { source = "hashicorp/aws", version = "5.100.0" } } });

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_resource_is_tagged_with_project_environment_and_manager(string environment) =>
        WumboStacks.For(environment).HasProviderWithProperties("aws", new
        {
            default_tags = new[] { new { tags = new { Project = "wumbo", Environment = environment, ManagedBy = "wumbo-cdktf" } } },
        });

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void State_lives_in_the_environment_s_own_terraform_cloud_workspace(string environment)
    {
        WumboStacks.For(environment).HasTerraformSettings(new { cloud = new { organization = "built-by-dusty", workspaces = new { name = $"wumbo-{environment}" } } });
        Assert.Equal("cloud", (string?)WumboStacks.Stack(environment)["//"]!["metadata"]!["backend"]);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void One_subnet_per_zone_in_each_tier_and_none_hands_out_public_ips(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResources("aws_subnet", 6);
        stack.EveryResourceHasProperties("aws_subnet", new { map_public_ip_on_launch = false });
        Assert.Equal(2, stack.ResourcesWithProperties("aws_subnet", new { tags = new { Tier = "isolated" } }).Count);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Only_the_load_balancer_is_open_to_the_internet_and_only_on_443_and_80(string environment)
    {
        var open = WumboStacks.For(environment).ResourcesWithProperties("aws_vpc_security_group_ingress_rule", new { cidr_ipv4 = "0.0.0.0/0" });

        Assert.Equal([80, 443], open.Select(r => r["from_port"]!.Value.GetInt32()).Order());
        Assert.All(open, r => Assert.Equal(r["from_port"]!.Value.GetInt32(), r["to_port"]!.Value.GetInt32()));
        Assert.All(open, r => Assert.Contains("load-balancer", r.LogicalId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_security_group_and_rule_is_described(string environment)
    {
        var stack = WumboStacks.For(environment);

        Assert.All(SecurityGroupTypes, type => stack.EveryResourceHasProperties(type, new { description = Match.Pattern("\\S") }));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void No_egress_leaves_the_vpc(string environment)
    {
        var stack = WumboStacks.For(environment);
        var vpcCidr = stack.HasResources("aws_vpc", 1)[0]["cidr_block"]!.Value.GetString();

        stack.EveryResourceHasProperties("aws_vpc_security_group_egress_rule", new { cidr_ipv4 = vpcCidr });
    }

    [Fact]
    public void No_output_holds_anything_that_looks_like_a_secret()
    {
        var text = string.Concat(WumboStacks.Synthesized.Artifacts.Select(a => a.Content));

        Assert.DoesNotMatch("AKIA[0-9A-Z]{16}|PRIVATE KEY|password\"\\s*:", text);
    }

    [Fact]
    public void The_output_holds_no_machine_paths()
    {
        var text = string.Concat(WumboStacks.Synthesized.Artifacts.Select(a => a.Content));

        Assert.DoesNotContain(Wumbo.Testing.RepositoryPaths.Root, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
    }
}
