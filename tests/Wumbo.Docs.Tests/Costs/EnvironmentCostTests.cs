using Wumbo.Testing;
using Wumbo.Diagnostics;
using Wumbo.Docs.Costs;
using Wumbo.Model.Domain;
using static Wumbo.Docs.Tests.Costs.TestInputs;

namespace Wumbo.Docs.Tests.Costs;

/// <summary>The checked-in environments, priced; the expected totals are worked out by hand from reference/PRICING.md §1.</summary>
public sealed class EnvironmentCostTests
{
    public static TheoryData<string> Environments() => ["development", "staging", "production"];

    private static EnvironmentCost Cost(string environment) => CostEstimator.Estimate(CheckedIn(environment), Real.Stack(CheckedIn(environment)));

    [Theory]
    [MemberData(nameof(Environments))]
    public void Every_line_names_an_address_of_the_stack(string environment)
    {
        var stack = Real.Stack(CheckedIn(environment));

        Assert.All(Cost(environment).Lines, line => Assert.True(stack.Contains(line.Address), $"{line.Address} is not in the stack"));
    }

    [Fact]
    public void Development_costs_what_pricing_md_gives_for_its_resources()
    {
        // NAT 730 × 0.045 = 32.85, 20 GB × 0.045 = 0.90, its IPv4 730 × 0.005 = 3.65                           37.40
        // ALB 730 × 0.0225 = 16.425, 2 IPv4 1,460 × 0.005 = 7.30, 1 LCU 730 × 0.008 = 5.84                      29.565
        // 5 interface endpoints × 2 zones × 730 × 0.01 = 73.00, 10 GB × 0.01 = 0.10, S3 gateway 0               73.10
        // RDS db.t4g.micro Single-AZ 730 × 0.016 = 11.68, 20 GB gp3 × 0.115 = 2.30                              13.98
        // ElastiCache 1 × cache.t4g.micro (Redis OSS) 730 × 0.016                                                11.68
        // Fargate ARM, a 0.5 vCPU / 1 GB task 730 × (0.5 × 0.03238 + 0.00356) = 14.4175, 0.25 / 0.5 GB 7.20875:
        //   API 1–2 + worker 1–2 tasks + beat 1                                                                  36.04375–64.87875
        // Secrets 3 + the RDS master secret 4 × 0.40 = 1.60; 14 alarms × 0.10 = 1.40                            3.00
        // Logs 2 GB × 0.50 + 2 GB-months × 0.03 = 1.06, flow logs 1 GB × 0.50 = 0.50, ECR 2 GB × 0.10 = 0.20    1.76
        // Cloud Map zone 0.50 + 3–5 instances × 0.10                                                             0.80–1.00
        // Amplify 10 GB × 0.15 + 1 GB × 0.023 = 1.523; data out 5 GB, within the free 100 GB = 0                1.523
        var cost = Cost("development");

        Assert.Equal(208.85175m, cost.MonthlyMin);
        Assert.Equal(237.88675m, cost.MonthlyMax);
        Assert.Equal(0, cost.LinesWithoutPrice);
    }

    [Fact]
    public void Production_costs_what_pricing_md_gives_for_its_resources()
    {
        // 2 NAT 2 × 32.85 = 65.70, 100 GB × 0.045 = 4.50, 2 IPv4 2 × 3.65 = 7.30                                 77.50
        // ALB 16.425 + 2 IPv4 7.30 + 2 LCU 1,460 × 0.008 = 11.68                                                 35.405
        // WAF web ACL 5.00 + 4 rule groups × 1.00                                                                 9.00
        // 5 interface endpoints × 2 zones 73.00 + 50 GB × 0.01 = 0.50                                            73.50
        // RDS db.t4g.small Multi-AZ 730 × 0.065 = 47.45 (not 2 × 23.36), 50 GB Multi-AZ gp3 × 0.23 = 11.50      58.95
        // ElastiCache 2 × cache.r7g.large (Redis OSS) 2 × 730 × 0.219 = 2 × 159.87 (PRICING.md §2)             319.74
        // Fargate ARM: API 3–5 and worker 2–4 tasks × 14.4175 + beat 7.20875                                     79.29625–136.96625
        // Secrets 4 × 0.40 = 1.60, KMS key 1.00, 16 alarms × 0.10 = 1.60                                          4.20
        // Logs 20 GB × 0.50 + 60 GB-months × 0.03 = 11.80, flow logs 5 GB × 0.50 = 2.50, ECR 5 GB × 0.10 = 0.50  14.80
        // Cloud Map zone 0.50 + 6–10 instances × 0.10                                                             1.10–1.50
        // Amplify 100 GB × 0.15 + 1 GB × 0.023 = 15.023; data out 100 GB, all within the free 100 GB = 0        15.023
        // Not counted, price not found: Container Insights and the backup vault's storage.
        var cost = Cost("production");

        Assert.Equal(688.51425m, cost.MonthlyMin);
        Assert.Equal(746.58425m, cost.MonthlyMax);
        Assert.Equal(
            ["aws_backup_vault.database_backup_vault_250F6D77", "aws_ecs_cluster.compute_cluster_E15A6318"],
            cost.Lines.Where(l => l.UnitPrice is null).Select(l => l.Address));
    }

    [Fact]
    public void Production_costs_more_than_staging_and_staging_more_than_development()
    {
        var (development, staging, production) = (Cost("development"), Cost("staging"), Cost("production"));

        Assert.True(production.MonthlyMin > staging.MonthlyMax, "production's least is above staging's most");
        Assert.True(staging.MonthlyMin > development.MonthlyMin && staging.MonthlyMax > development.MonthlyMax, "staging's db.t4g.small costs more than development's db.t4g.micro");
    }

    [Fact]
    public void The_migration_task_is_left_out_and_each_service_is_priced_from_its_task_definition()
    {
        var fargate = Cost("production").Lines.Where(l => l.Unit == "vCPU-hours").ToList();

        Assert.Equal(3, fargate.Count);
        Assert.All(fargate, l => Assert.StartsWith("aws_ecs_service.", l.Address, StringComparison.Ordinal));
        Assert.All(fargate, l => Assert.Equal("fargate-linux-arm64-vcpu-hour", l.Price?.Id));
    }

    [Fact]
    public void The_s3_and_cloudfront_hosting_is_priced_instead_of_amplify_when_the_model_selects_it()
    {
        var model = CheckedIn("development") with
        {
            Frontend = CheckedIn("development").Frontend with { Hosting = FrontendHosting.S3CloudFront },
        };
        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create([model], diagnostics, FixedClock.Today);
        Assert.Empty(diagnostics.Select(d => d.ToString()));

        var cost = CostEstimator.Estimate(model, context.Stack(model));

        Assert.DoesNotContain(cost.Lines, l => l.Address.StartsWith("aws_amplify", StringComparison.Ordinal));
        var distribution = Assert.Single(cost.Lines, l => l.Address.StartsWith("aws_cloudfront_distribution.", StringComparison.Ordinal));
        var bucket = Assert.Single(cost.Lines, l => l.Address.StartsWith("aws_s3_bucket.", StringComparison.Ordinal));
        Assert.Equal((0m, 0m), (distribution.QuantityMin, distribution.MonthlyMin!.Value)); // 10 GB, within CloudFront's free 1 TB
        Assert.Equal(0.023m, bucket.MonthlyMin); // 1 GB × $0.023
        Assert.Equal(0, cost.LinesWithoutPrice);
    }

    [Fact]
    public void Two_estimates_of_one_environment_are_equal_line_for_line()
    {
        Assert.Equal(Cost("production").Lines, Cost("production").Lines);
    }
}
