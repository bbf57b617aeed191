using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

/// <summary>
/// The seed's three environments as valid models (seed/deployment-summary.md): VPCs 10.10/10.20/10.30,
/// two zones, 1/1/2 NAT gateways, Graviton database and cache, api/worker/beat, per-environment app ids.
/// Tests break one fact with a <c>with</c> expression.
/// </summary>
internal static class ValidModels
{
    public static EnvironmentModel Development() => Base("development", EnvironmentTier.Development, 10, "dev-", ".dev", "develop", EasBuildProfile.Development);

    public static EnvironmentModel Staging() => Base("staging", EnvironmentTier.Staging, 20, "staging-", ".staging", null, EasBuildProfile.Preview);

    public static EnvironmentModel Production()
    {
        var model = Base("production", EnvironmentTier.Production, 30, string.Empty, string.Empty, "main", EasBuildProfile.Production);
        var services = model.Compute.Services;
        return model with
        {
            Network = model.Network with { NatGateways = 2 },
            Security = model.Security with { CustomerManagedKey = true },
            Database = model.Database with
            {
                InstanceClass = "db.t4g.small",
                MultiAz = true,
                BackupRetentionDays = 14,
                PerformanceInsights = true,
                DeletionProtection = true,
            },
            Cache = model.Cache with { NodeType = "cache.r7g.large", Replicas = 1, MultiAz = true, AtRestEncryption = true, TransitEncryption = true, SnapshotRetentionDays = 7 },
            Compute = model.Compute with
            {
                ContainerInsights = true,
                Services = [services[0] with { DesiredCount = 2, MinCount = 2, MaxCount = 4 }, services[1] with { DesiredCount = 2, MinCount = 2, MaxCount = 4 }, services[2]],
            },
        };
    }

    public static ImmutableArray<EnvironmentModel> All() => [Development(), Staging(), Production()];

    private static EnvironmentModel Base(string name, EnvironmentTier tier, int octet, string hostPrefix, string appSuffix, string? branch, EasBuildProfile profile)
    {
        Cidr Block(int third, int prefix) => Wire.Cidr(FormattableString.Invariant($"10.{octet}.{third}.0/{prefix}"));
        return new EnvironmentModel(
            new EnvironmentIdentity(name, tier, branch, Wire.Create<AwsRegion>("us-east-1"), null, "Wumbo " + name, ImmutableSortedDictionary<string, string>.Empty),
            new DnsSettings("wumbo.app", hostPrefix + "api.wumbo.app"),
            new EmailSettings("wumbo.app", Wire.Create<EmailAddress>("no-reply@wumbo.app"), tier == EnvironmentTier.Development),
            new NetworkSettings(
                Block(0, 16),
                2,
                new SubnetLayout([Block(0, 24), Block(1, 24)], [Block(10, 24), Block(11, 24)], [Block(20, 24), Block(21, 24)]),
                1,
                [VpcEndpointService.EcrApi, VpcEndpointService.EcrDocker, VpcEndpointService.S3Gateway, VpcEndpointService.CloudWatchLogs, VpcEndpointService.SecretsManager, VpcEndpointService.SesSmtp],
                new FlowLogSettings(FlowLogTraffic.Reject, 7)),
            new SecuritySettings(false, 7, [Secret(name, "plaid", "client_id", "secret"), Secret(name, "aws", "access_key_id"), Secret(name, "app-security", "jwt_secret_key")]),
            new RegistrySettings(
                [new EcrRepositoryDefinition("backend", name + "/wumbo-backend"), new EcrRepositoryDefinition("migrations", name + "/wumbo-migrations")],
                new EcrLifecycle(10, 7),
                new CiPushAccess(CiPrincipalKind.GithubOidcRole, "built-by-dusty/wumbo", [branch ?? "main"], tier == EnvironmentTier.Development)),
            new DatabaseSettings("16", "db.t4g.micro", true, false, 20, 100, 7, false, false, "wumbo", "wumbo"),
            new CacheSettings("7.1", "cache.t4g.micro", true, 0, false, true, true, 0),
            new ComputeSettings(
                false,
                CpuArchitecture.Arm64,
                name + ".wumbo.local",
                new LoadBalancerSettings(60, false, false),
                [
                    new ServiceDefinition("backend", ServiceRole.Api, "backend", 512, 1024, 1, 1, 2, 8000, "/health/", ["uvicorn", "app.main:app"], ["plaid", "app-security"], new AutoscalingTargets(70, null)),
                    new ServiceDefinition("worker", ServiceRole.Worker, "backend", 512, 1024, 1, 1, 2, null, null, ["celery", "-A", "app", "worker"], ["plaid", "app-security"], new AutoscalingTargets(70, 80)),
                    new ServiceDefinition("beat", ServiceRole.Scheduler, "backend", 256, 512, 1, 1, 1, null, null, ["celery", "-A", "app", "beat"], ["app-security"], null),
                ],
                new MigrationTask("migrations", 256, 512, ["alembic", "upgrade", "head"])),
            new MonitoringSettings(name + "-family-budget-alarms", [Wire.Create<EmailAddress>("alerts@wumbo.app")], 14, new AlarmThresholds(80, 80, 10, 5, 60, 1000)),
            new FrontendSettings(FrontendHosting.Amplify, (hostPrefix.Length == 0 ? string.Empty : hostPrefix.TrimEnd('-') + ".") + "wumbo.app", branch),
            new MobileSettings(
                Wire.Create<IosBundleId>("com.built-by-dusty.wumbo" + appSuffix),
                Wire.Create<AndroidPackageName>("com.built_by_dusty.wumbo" + appSuffix),
                profile),
            new S3StateBackend("wumbo-terraform-state", "wumbo/" + name + ".tfstate", Wire.Create<AwsRegion>("us-east-1"), null),
            new UsageAssumptions(10, 5, 2, 5, 1, 1, 10, 1, 10, 1),
            new PolicySettings([]));
    }

    private static SecretDefinition Secret(string environment, string id, params string[] keys) =>
        new(id, environment + "/wumbo/" + id, "The " + id + " credentials", [.. keys]);
}
