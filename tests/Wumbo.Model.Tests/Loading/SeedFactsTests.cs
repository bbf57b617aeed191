using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Loading;

/// <summary>The three environment files load without a diagnostic and reproduce the deployment summary's facts.</summary>
public sealed class SeedFactsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, EnvironmentModel>> Environments = new(() =>
    {
        var result = EnvironmentFiles.Load();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result.Environments.ToDictionary(e => e.Name, StringComparer.Ordinal);
    });

    private static EnvironmentModel Env(string name) => Environments.Value[name];

    [Fact]
    public void The_three_environments_load_in_name_order()
    {
        var result = EnvironmentFiles.Load();

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["development", "production", "staging"], result.Environments.Select(e => e.Name));
    }

    [Theory]
    [InlineData("development", "develop", 1, "https://dev-api.wumbo.app")]
    [InlineData("staging", null, 1, "https://staging-api.wumbo.app")]
    [InlineData("production", "main", 2, "https://api.wumbo.app")]
    public void Branches_nat_gateways_and_api_urls_match_the_seed(string name, string? branch, int natGateways, string apiUrl)
    {
        var env = Env(name);

        Assert.Equal(branch, env.Environment.GitBranch);
        Assert.Equal(natGateways, env.Network.NatGateways);
        Assert.Equal(apiUrl, env.Dns.ApiUrl);
        Assert.Equal("wumbo.app", env.Dns.Domain);
        Assert.Equal("us-east-1", env.Environment.Region.Value);
    }

    [Theory]
    [InlineData("development", "com.built-by-dusty.wumbo.dev", "com.built_by_dusty.wumbo.dev")]
    [InlineData("staging", "com.built-by-dusty.wumbo.staging", "com.built_by_dusty.wumbo.staging")]
    [InlineData("production", "com.built-by-dusty.wumbo", "com.built_by_dusty.wumbo")]
    public void App_identifiers_match_the_seed(string name, string iosBundleId, string androidPackage)
    {
        Assert.Equal(iosBundleId, Env(name).Mobile.IosBundleId.Value);
        Assert.Equal(androidPackage, Env(name).Mobile.AndroidPackage.Value);
    }

    [Fact]
    public void Database_and_cache_sizes_match_the_seed()
    {
        Assert.Equal("db.t4g.micro", Env("development").Database.InstanceClass);
        Assert.False(Env("development").Database.MultiAz);
        Assert.Equal("db.t4g.small", Env("production").Database.InstanceClass);
        Assert.True(Env("production").Database.MultiAz);
        Assert.All(Environments.Value.Values, env => Assert.Equal("16", env.Database.EngineVersion));
        Assert.All(Environments.Value.Values, env => Assert.Equal("wumbo", env.Database.DatabaseName));
        Assert.Equal("cache.t4g.micro", Env("development").Cache.NodeType);
        Assert.Equal("cache.r7g.large", Env("production").Cache.NodeType);
        Assert.True(Env("production").Cache.MultiAz);
        Assert.All(Environments.Value.Values, env => Assert.Equal("7.1", env.Cache.EngineVersion));
    }

    [Fact]
    public void Kms_performance_insights_and_container_insights_are_production_only()
    {
        foreach (var env in Environments.Value.Values)
        {
            var isProduction = env.IsProduction;
            Assert.Equal(isProduction, env.Security.CustomerManagedKey);
            Assert.Equal(isProduction, env.Database.PerformanceInsights);
            Assert.Equal(isProduction, env.Compute.ContainerInsights);
        }
    }

    [Theory]
    [InlineData("development")]
    [InlineData("staging")]
    [InlineData("production")]
    public void Secrets_and_alarm_topic_follow_the_seed_names(string name)
    {
        var env = Env(name);

        Assert.Equal(
            [$"{name}/wumbo/plaid", $"{name}/wumbo/aws", $"{name}/wumbo/app-security"],
            env.Security.Secrets.Select(s => s.Name));
        Assert.Equal($"{name}-family-budget-alarms", env.Monitoring.AlarmTopicName);
        Assert.Equal(["backend", "worker", "beat"], env.Compute.Services.Select(s => s.Name));
    }

    [Fact]
    public void Task_counts_match_the_seed_cost_estimates()
    {
        Assert.Equal(3, Env("development").Compute.Services.Sum(s => s.DesiredCount));
        Assert.Equal(6, Env("production").Compute.Services.Sum(s => s.MinCount));
        Assert.Equal(10, Env("production").Compute.Services.Sum(s => s.MaxCount));
    }

    [Fact]
    public void Only_production_is_of_the_production_tier()
    {
        Assert.Equal(["production"], Environments.Value.Values.Where(e => e.IsProduction).Select(e => e.Name));
        Assert.Equal(EnvironmentTier.Development, Env("development").Environment.Tier);
        Assert.Equal(EnvironmentTier.Staging, Env("staging").Environment.Tier);
    }

    [Fact]
    public void The_migration_task_runs_alembic_from_the_migration_image()
    {
        Assert.All(Environments.Value.Values, env =>
        {
            Assert.Equal(["alembic", "upgrade", "head"], env.Compute.Migration.Command);
            Assert.Equal($"{env.Name}/wumbo-migration", env.Names.Repository(env.Compute.Migration.ImageRepository));
        });
    }
}
