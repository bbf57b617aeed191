using Wumbo.Docs.Costs;
using Wumbo.Model.Domain;
using static Wumbo.Docs.Tests.Costs.TestInputs;

namespace Wumbo.Docs.Tests.Costs;

/// <summary>The pricing rules on small hand-made stacks, each figure worked out from reference/PRICING.md §1.</summary>
public sealed class CostArithmeticTests
{
    [Fact]
    public void An_hourly_resource_is_billed_for_730_hours_a_month()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new { aws_nat_gateway = new { nat = new { subnet_id = "${aws_subnet.a.id}" } } }));

        var line = Assert.Single(cost.Lines, l => !l.FromUsageAssumption);
        Assert.Equal("aws_nat_gateway.nat", line.Address);
        Assert.Equal((730m, 730m, "hours", 0.045m), (line.QuantityMin, line.QuantityMax, line.Unit, line.UnitPrice));
        Assert.Equal(32.85m, line.MonthlyMin); // 730 h × $0.045
        Assert.Equal((32.85m, 32.85m), (cost.MonthlyMin, cost.MonthlyMax));
        Assert.Equal("M2YSHUBETB3JX4M4", line.Price?.Sku);
    }

    [Fact]
    public void A_multi_az_database_takes_the_multi_az_rates_not_twice_the_single_az_ones()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_db_instance = new
            {
                db = new { engine = "postgres", instance_class = "db.t4g.small", multi_az = true, allocated_storage = 50, storage_type = "gp3", manage_master_user_password = true },
            },
        }));

        Assert.Equal(
            [
                ("db.t4g.small instance (postgres), Multi-AZ", 0.065m, 47.45m), // 730 h × $0.065, not 2 × 730 × $0.032 = $46.72
                ("gp3 storage, Multi-AZ", 0.23m, 11.50m), // 50 GB × $0.23
                ("Master password secret (created and rotated by RDS)", 0.40m, 0.40m),
            ],
            cost.Lines.Select(l => (l.Item, l.UnitPrice!.Value, l.MonthlyMin!.Value)));
    }

    [Fact]
    public void A_single_az_database_takes_the_single_az_rates()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_db_instance = new { db = new { engine = "postgres", instance_class = "db.t4g.micro", multi_az = false, allocated_storage = 20, storage_type = "gp3" } },
        }));

        Assert.Equal([11.68m, 2.30m], cost.Lines.Select(l => l.MonthlyMin!.Value)); // 730 h × $0.016; 20 GB × $0.115
    }

    [Fact]
    public void Usage_is_priced_per_gb_once_for_the_environment_on_the_first_resource_of_its_type()
    {
        var cost = CostEstimator.Estimate(WithUsage(natDataProcessedGb: 100), Stack(new
        {
            aws_nat_gateway = new { a = new { subnet_id = "${aws_subnet.a.id}" }, b = new { subnet_id = "${aws_subnet.b.id}" } },
        }));

        var usage = Assert.Single(cost.Lines, l => l.FromUsageAssumption);
        Assert.Equal(("aws_nat_gateway.a", 100m, "GB", 4.50m), (usage.Address, usage.QuantityMin, usage.Unit, usage.MonthlyMin!.Value)); // 100 GB × $0.045
        Assert.Equal(2 * 32.85m + 4.50m, cost.MonthlyMin);
    }

    [Fact]
    public void Data_transfer_out_is_billed_beyond_the_free_100_gb_only()
    {
        var gateway = Stack(new { aws_internet_gateway = new { igw = new { vpc_id = "${aws_vpc.v.id}" } } });

        var within = Assert.Single(CostEstimator.Estimate(WithUsage(dataTransferOutGb: 100), gateway).Lines);
        var beyond = Assert.Single(CostEstimator.Estimate(WithUsage(dataTransferOutGb: 150), gateway).Lines);

        Assert.Equal((0m, 0m), (within.QuantityMin, within.MonthlyMin!.Value));
        Assert.Equal((50m, 4.50m), (beyond.QuantityMin, beyond.MonthlyMin!.Value)); // (150 − 100) GB × $0.09
        Assert.Contains("first 100 GB a month are free", beyond.Item, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autoscaled_service_costs_a_range_from_its_minimum_to_its_maximum_task_count()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_ecs_service = new
            {
                api = new { launch_type = "FARGATE", desired_count = 3, task_definition = "${aws_ecs_task_definition.api.arn}", name = "api" },
            },
            aws_ecs_task_definition = new
            {
                api = new { cpu = "512", memory = "1024", runtime_platform = new { cpu_architecture = "X86_64", operating_system_family = "LINUX" } },
            },
            aws_appautoscaling_target = new
            {
                api = new { min_capacity = 3, max_capacity = 5, resource_id = "service/cluster/${aws_ecs_service.api.name}" },
            },
        }));

        Assert.Equal(
            [
                (1095m, 1825m, 44.3256m, 73.876m), // 0.5 vCPU × 730 h × 3–5 tasks × $0.04048
                (2190m, 3650m, 9.73455m, 16.22425m), // 1 GB × 730 h × 3–5 tasks × $0.004445
            ],
            cost.Lines.Select(l => (l.QuantityMin, l.QuantityMax, l.MonthlyMin!.Value, l.MonthlyMax!.Value)));
        Assert.Equal((54.06015m, 90.10025m), (cost.MonthlyMin, cost.MonthlyMax)); // PRICING.md: 0.5 vCPU / 1 GB x86 is $18.02 a task
    }

    [Fact]
    public void A_service_on_graviton_takes_the_arm_rate_and_one_without_autoscaling_its_desired_count()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_ecs_service = new { beat = new { launch_type = "FARGATE", desired_count = 1, task_definition = "${aws_ecs_task_definition.beat.arn}" } },
            aws_ecs_task_definition = new { beat = new { cpu = "256", memory = "512", runtime_platform = new { cpu_architecture = "ARM64", operating_system_family = "LINUX" } } },
        }));

        Assert.Equal([(0.03238m, 5.909350m), (0.00356m, 1.29940m)], cost.Lines.Select(l => (l.UnitPrice!.Value, l.MonthlyMin!.Value)));
        Assert.Equal(7.20875m, cost.MonthlyMax); // PRICING.md: 0.25 vCPU / 0.5 GB on ARM is $7.21 a month
    }

    [Fact]
    public void A_price_the_catalog_lacks_is_shown_as_not_found_and_never_counted_as_zero()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_elasticache_replication_group = new { cache = new { engine = "redis", node_type = "cache.m5.large", num_cache_clusters = 2 } },
            aws_nat_gateway = new { nat = new { subnet_id = "${aws_subnet.a.id}" } },
        }));

        var missing = Assert.Single(cost.Lines, l => l.Address == "aws_elasticache_replication_group.cache");
        Assert.Equal((1460m, (decimal?)null, (decimal?)null, (decimal?)null), (missing.QuantityMin, missing.UnitPrice, missing.MonthlyMin, missing.MonthlyMax));
        Assert.Null(missing.Price);
        Assert.Equal(1, cost.LinesWithoutPrice);
        Assert.Equal((32.85m, 32.85m), (cost.MonthlyMin, cost.MonthlyMax));
    }

    [Fact]
    public void Cache_nodes_are_billed_per_node_at_the_engines_rate()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_elasticache_replication_group = new
            {
                redis = new { engine = "redis", node_type = "cache.r7g.large", num_cache_clusters = 2 },
                valkey = new { engine = "valkey", node_type = "cache.r7g.large", num_cache_clusters = 2 },
            },
        }));

        Assert.Equal([319.74m, 255.792m], cost.Lines.Select(l => l.MonthlyMin!.Value)); // 2 × 730 h × $0.219; 2 × 730 h × $0.1752
    }

    [Fact]
    public void An_interface_endpoint_is_billed_per_zone_and_the_gateway_endpoint_is_a_zero_dollar_line()
    {
        var cost = CostEstimator.Estimate(WithUsage(endpointDataProcessedGb: 10), Stack(new
        {
            aws_vpc_endpoint = new
            {
                logs = new { vpc_endpoint_type = "Interface", subnet_ids = new[] { "${aws_subnet.a.id}", "${aws_subnet.b.id}", "${aws_subnet.c.id}" } },
                s3 = new { vpc_endpoint_type = "Gateway", route_table_ids = new[] { "${aws_route_table.a.id}" } },
            },
        }));

        Assert.Equal(
            [
                ("aws_vpc_endpoint.logs", 2190m, 21.90m, false), // 3 zones × 730 h × $0.01
                ("aws_vpc_endpoint.logs", 10m, 0.10m, true), // 10 GB × $0.01
                ("aws_vpc_endpoint.s3", 1m, 0m, false),
            ],
            cost.Lines.Select(l => (l.Address, l.QuantityMin, l.MonthlyMin!.Value, l.FromUsageAssumption)));
        Assert.Equal("vpc-gateway-endpoint-month", cost.Lines[2].Price?.Id);
    }

    [Fact]
    public void An_internet_facing_load_balancer_pays_for_a_public_address_in_each_zone_and_its_capacity_units()
    {
        var cost = CostEstimator.Estimate(WithUsage(loadBalancerCapacityUnits: 2), Stack(new
        {
            aws_lb = new { alb = new { @internal = false, load_balancer_type = "application", subnets = new[] { "${aws_subnet.a.id}", "${aws_subnet.b.id}" } } },
        }));

        Assert.Equal(
            [("hours", 16.425m), ("hours", 7.30m), ("LCU-hours", 11.68m)], // 730 h × $0.0225; 2 × 730 h × $0.005; 2 LCU × 730 h × $0.008
            cost.Lines.Select(l => (l.Unit, l.MonthlyMin!.Value)));
    }

    [Fact]
    public void Cloud_map_bills_the_namespace_as_a_hosted_zone_and_one_instance_per_running_task()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_service_discovery_private_dns_namespace = new { ns = new { name = "dev.wumbo.local" } },
            aws_service_discovery_service = new { worker = new { name = "worker" } },
            aws_ecs_service = new
            {
                worker = new
                {
                    launch_type = "FARGATE",
                    desired_count = 1,
                    task_definition = "${aws_ecs_task_definition.worker.arn}",
                    service_registries = new { registry_arn = "${aws_service_discovery_service.worker.arn}" },
                },
            },
            aws_ecs_task_definition = new { worker = new { cpu = "256", memory = "512" } },
            aws_appautoscaling_target = new { worker = new { min_capacity = 1, max_capacity = 4, resource_id = "service/c/${aws_ecs_service.worker.name}" } },
        }));

        Assert.Equal(0.50m, Assert.Single(cost.Lines, l => l.Address.StartsWith("aws_service_discovery_private", StringComparison.Ordinal)).MonthlyMin);
        var instances = Assert.Single(cost.Lines, l => l.Address == "aws_service_discovery_service.worker");
        Assert.Equal((1m, 4m, 0.10m, 0.40m), (instances.QuantityMin, instances.QuantityMax, instances.MonthlyMin!.Value, instances.MonthlyMax!.Value));
    }

    [Fact]
    public void Free_resources_give_no_line_and_an_unknown_type_gives_one_without_price()
    {
        var cost = CostEstimator.Estimate(WithUsage(), Stack(new
        {
            aws_vpc = new { vpc = new { cidr_block = "10.0.0.0/16" } },
            aws_security_group = new { sg = new { name = "sg" } },
            aws_dynamodb_table = new { table = new { name = "t" } },
        }));

        var line = Assert.Single(cost.Lines);
        Assert.Equal(("aws_dynamodb_table.table", "No pricing rule for aws_dynamodb_table", (decimal?)null), (line.Address, line.Item, line.UnitPrice));
        Assert.Equal(0m, cost.MonthlyMax);
    }

    [Fact]
    public void An_environment_outside_the_catalogs_region_finds_no_price_rather_than_us_east_1s()
    {
        var model = WithUsage();
        Assert.True(AwsRegion.TryCreate("eu-west-1", out var region, out _));
        var elsewhere = model with { Environment = model.Environment with { Region = region } };

        var cost = CostEstimator.Estimate(elsewhere, Stack(new { aws_nat_gateway = new { nat = new { subnet_id = "${aws_subnet.a.id}" } } }));

        Assert.All(cost.Lines, l => Assert.Null(l.UnitPrice));
        Assert.Equal(2, cost.LinesWithoutPrice);
        Assert.Equal(0m, cost.MonthlyMax);
    }

    [Fact]
    public void The_estimate_takes_its_prices_from_the_catalog_it_is_given()
    {
        var catalog = PriceCatalog.Parse("""
            { "region": "us-east-1", "prices": [
              { "id": "nat-gateway-hour", "item": "NAT gateway", "unit": "hours", "usd": "0.05", "source": "PL", "asOf": "2027-01-01" } ] }
            """);

        var cost = CostEstimator.Estimate(WithUsage(), Stack(new { aws_nat_gateway = new { nat = new { subnet_id = "x" } } }), catalog);

        Assert.Equal(36.50m, cost.MonthlyMin); // 730 h × $0.05; the data line finds no price in this catalog
        Assert.Equal(1, cost.LinesWithoutPrice);
    }

    [Fact]
    public void A_price_per_another_unit_than_the_charge_counts_is_a_bug_not_a_cost()
    {
        var catalog = PriceCatalog.Parse("""
            { "region": "us-east-1", "prices": [
              { "id": "nat-gateway-hour", "item": "NAT gateway", "unit": "GB", "usd": "0.045", "source": "PL", "asOf": "2026-10-07" } ] }
            """);

        var error = Assert.Throws<InvalidOperationException>(() => CostEstimator.Estimate(WithUsage(), Stack(new { aws_nat_gateway = new { nat = new { subnet_id = "x" } } }), catalog));

        Assert.Contains("per GB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_ordered_by_address_and_a_resources_lines_by_its_charges()
    {
        var cost = CostEstimator.Estimate(WithUsage(natDataProcessedGb: 1), Stack(new
        {
            aws_nat_gateway = new { b = new { subnet_id = "x" }, a = new { subnet_id = "y" } },
            aws_eip = new { ip = new { domain = "vpc" } },
        }));

        Assert.Equal(
            [("aws_eip.ip", "hours"), ("aws_nat_gateway.a", "hours"), ("aws_nat_gateway.a", "GB"), ("aws_nat_gateway.b", "hours")],
            cost.Lines.Select(l => (l.Address, l.Unit)));
    }
}
