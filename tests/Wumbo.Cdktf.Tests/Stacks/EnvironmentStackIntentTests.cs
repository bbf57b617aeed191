namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>What the stacks must say, stated directly: the snapshots show everything, these say what matters.</summary>
public sealed class EnvironmentStackIntentTests
{
    private static readonly string[] SecurityGroupTypes =
        ["aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_aws_provider_is_pinned_exactly_with_its_full_source(string environment)
    {
        var aws = WumboStacks.Stack(environment)["terraform"]!["required_providers"]!["aws"]!;

        Assert.Equal("hashicorp/aws", (string?)aws["source"]);
        Assert.Equal("5.100.0", (string?)aws["version"]);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_resource_is_tagged_with_project_environment_and_manager(string environment)
    {
        var tags = WumboStacks.Stack(environment)["provider"]!["aws"]![0]!["default_tags"]![0]!["tags"]!;

        Assert.Equal("wumbo", (string?)tags["Project"]);
        Assert.Equal(environment, (string?)tags["Environment"]);
        Assert.Equal("wumbo-cdktf", (string?)tags["ManagedBy"]);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void State_lives_in_the_environment_s_own_terraform_cloud_workspace(string environment)
    {
        var stack = WumboStacks.Stack(environment);

        Assert.Equal($"wumbo-{environment}", (string?)stack["terraform"]!["cloud"]!["workspaces"]!["name"]);
        Assert.Equal("cloud", (string?)stack["//"]!["metadata"]!["backend"]);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void One_subnet_per_zone_in_each_tier_and_none_hands_out_public_ips(string environment)
    {
        var subnets = WumboStacks.Resources(environment, "aws_subnet").ToList();

        Assert.Equal(6, subnets.Count);
        Assert.All(subnets, s => Assert.False((bool)s.Body["map_public_ip_on_launch"]!));
        Assert.Equal(2, subnets.Count(s => (string?)s.Body["tags"]!["Tier"] == "isolated"));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Only_the_load_balancer_is_open_to_the_internet_and_only_on_443_and_80(string environment)
    {
        var open = WumboStacks.Resources(environment, "aws_vpc_security_group_ingress_rule")
            .Where(r => (string?)r.Body["cidr_ipv4"] == "0.0.0.0/0")
            .ToList();

        Assert.Equal([80, 443], open.Select(r => (int)r.Body["from_port"]!).Order());
        Assert.All(open, r => Assert.Equal((int)r.Body["from_port"]!, (int)r.Body["to_port"]!));
        Assert.All(open, r => Assert.Contains("load-balancer", r.LogicalId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_security_group_and_rule_is_described(string environment)
    {
        var described = SecurityGroupTypes.SelectMany(type => WumboStacks.Resources(environment, type));

        Assert.All(described, r => Assert.False(string.IsNullOrWhiteSpace((string?)r.Body["description"]), r.LogicalId));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void No_egress_leaves_the_vpc(string environment)
    {
        var vpcCidr = (string?)WumboStacks.Resources(environment, "aws_vpc").Single().Body["cidr_block"];

        Assert.All(WumboStacks.Resources(environment, "aws_vpc_security_group_egress_rule"), r => Assert.Equal(vpcCidr, (string?)r.Body["cidr_ipv4"]));
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
