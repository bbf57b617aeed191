using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The VPC, its subnets, routing, endpoints and flow logs, as facts per environment.</summary>
public sealed class NetworkIntentTests
{
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
    [InlineData("development", 1)]
    [InlineData("staging", 1)]
    [InlineData("production", 2)]
    public void Nat_gateways_sit_in_public_subnets_with_their_own_addresses(string environment, int count)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResources("aws_eip", count);
        stack.EveryResourceHasProperties("aws_eip", new { domain = "vpc" });
        stack.HasResources("aws_nat_gateway", count);
        stack.EveryResourceHasProperties("aws_nat_gateway", new { subnet_id = Match.Pattern("^\\$\\{aws_subnet\\.security_network_public-\\d_[0-9A-F]{8}\\.id\\}$") });
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Public_subnets_route_to_the_internet_private_ones_through_nat_and_isolated_ones_nowhere(string environment)
    {
        var stack = WumboStacks.For(environment);
        var isolated = stack.HasResourceWithProperties("aws_route_table", new { tags = new { Name = $"{environment}-wumbo-isolated" } });

        stack.HasResources("aws_route_table", 4);
        stack.HasResourceWithProperties("aws_route", new { destination_cidr_block = "0.0.0.0/0", gateway_id = Match.ReferenceTo("aws_internet_gateway", "id") });
        Assert.Equal(2, stack.ResourcesWithProperties("aws_route", new { destination_cidr_block = "0.0.0.0/0", nat_gateway_id = Match.ReferenceTo("aws_nat_gateway", "id") }).Count);
        Assert.Empty(stack.ResourcesWithProperties("aws_route", new { route_table_id = $"${{{isolated.Address}.id}}" }));
        stack.HasResources("aws_route_table_association", 6);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Private_tasks_reach_ecr_secrets_logs_and_ses_through_endpoints_and_s3_through_the_free_gateway(string environment)
    {
        var stack = WumboStacks.For(environment);

        foreach (var service in new[] { "ecr.api", "ecr.dkr", "secretsmanager", "logs", "email-smtp" })
        {
            stack.HasResourceWithProperties("aws_vpc_endpoint", new
            {
                service_name = $"com.amazonaws.us-east-1.{service}",
                vpc_endpoint_type = "Interface",
                private_dns_enabled = true,
                security_group_ids = new[] { Match.ReferenceTo("aws_security_group", "id") },
            });
        }

        stack.HasResourceWithProperties("aws_vpc_endpoint", new { service_name = "com.amazonaws.us-east-1.s3", vpc_endpoint_type = "Gateway", route_table_ids = Match.Present });
        stack.HasResources("aws_vpc_endpoint", 6);
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_default_security_group_allows_nothing(string environment) =>
        WumboStacks.For(environment).HasResourceWithProperties("aws_default_security_group", new
        {
            vpc_id = Match.ReferenceTo("aws_vpc", "id"),
            ingress = Match.Absent,
            egress = Match.Absent,
        });

    [Theory]
    [InlineData("development", "REJECT", 7)]
    [InlineData("staging", "REJECT", 30)]
    [InlineData("production", "ALL", 365)]
    public void Flow_logs_record_the_model_s_traffic_for_its_retention(string environment, string traffic, int retention)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_flow_log", new
        {
            traffic_type = traffic,
            vpc_id = Match.ReferenceTo("aws_vpc", "id"),
            log_destination_type = "cloud-watch-logs",
            iam_role_arn = Match.ReferenceTo("aws_iam_role", "arn"),
        });
        stack.HasResourceWithProperties("aws_cloudwatch_log_group", new { name = $"/aws/vpc/{environment}-wumbo-flow-logs", retention_in_days = retention });
    }
}
