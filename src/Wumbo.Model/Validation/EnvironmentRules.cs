using System.Collections.Immutable;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>Every domain rule the loader runs, per environment and across environments.</summary>
public static class EnvironmentRules
{
    public static ImmutableArray<IEnvironmentRule> PerEnvironment { get; } =
    [
        new FargateTaskSizeRule(),
        new SchedulerSingletonRule(),
        new TaskCountOrderRule(),
        new AutoscalingTargetRule(),
        new ApiServiceCountRule(),
        new ApiServiceEndpointRule(),
        new ImageRepositoryRule(),
        new UniqueKeyRule<ServiceDefinition>(DiagnosticCatalog.DuplicateServiceName, ModelPaths.Services, m => m.Compute.Services, "name", s => s.Name, "service name"),
        new NatGatewayCountRule(),
        new MinimumZonesRule(),
        new MultiAzRule(),
        new SubnetPlacementRule(),
        new SubnetsPerZoneRule(),
        new VpcEndpointsRule(),
        new InstanceClassFormatRule(),
        new GravitonInstanceRule(),
        new EngineVersionRule(),
        new BackupRetentionRule(),
        new StorageCeilingRule(),
        new UniqueKeyRule<SecretDefinition>(DiagnosticCatalog.DuplicateSecretId, ModelPaths.Secrets, m => m.Security.Secrets, "id", s => s.Id, "secret id"),
        new UniqueKeyRule<SecretDefinition>(DiagnosticCatalog.DuplicateSecretName, ModelPaths.Secrets, m => m.Security.Secrets, "name", s => s.Name, "secret name"),
        new SecretNamePrefixRule(),
        new UniqueKeyRule<EcrRepositoryDefinition>(DiagnosticCatalog.DuplicateRepositoryId, ModelPaths.Repositories, m => m.Registry.Repositories, "id", r => r.Id, "repository id"),
        new UniqueKeyRule<EcrRepositoryDefinition>(DiagnosticCatalog.DuplicateRepositoryName, ModelPaths.Repositories, m => m.Registry.Repositories, "name", r => r.Name, "repository name"),
        new OidcBranchesRule(),
        new ServiceSecretsRule(),
        new NameLengthRule(),
        new CacheAuthenticationRule(),
        new UniqueKeyRule<PolicyWaiver>(DiagnosticCatalog.DuplicateWaiver, ModelPaths.Waivers, m => m.Policy.Waivers, "resource", w => w.Rule + " " + w.Resource, "waiver"),
    ];

    public static ImmutableArray<IEnvironmentSetRule> AcrossEnvironments { get; } =
    [
        new DistinctVpcCidrsRule(),
        new DistinctAcrossEnvironmentsRule(
            DiagnosticCatalog.DuplicateIosBundleId, "iOS bundle id", ModelPaths.IosBundleId, m => m.Mobile.IosBundleId.Value, StringComparer.OrdinalIgnoreCase,
            "give each environment its own, for example a .dev or .staging suffix, so the builds install side by side"),
        new DistinctAcrossEnvironmentsRule(
            DiagnosticCatalog.DuplicateAndroidPackage, "Android package", ModelPaths.AndroidPackage, m => m.Mobile.AndroidPackage.Value, StringComparer.Ordinal,
            "give each environment its own, for example a .dev or .staging suffix, so the builds install side by side"),
        new DistinctAcrossEnvironmentsRule(
            DiagnosticCatalog.DuplicateApiHost, "API host", ModelPaths.DnsApiHost, m => m.Dns.ApiHost, StringComparer.OrdinalIgnoreCase,
            "give each environment its own host, for example dev-api.wumbo.app"),
        new DistinctAcrossEnvironmentsRule(
            DiagnosticCatalog.DuplicateFrontendHost, "web host", ModelPaths.FrontendHost, m => m.Frontend.Host, StringComparer.OrdinalIgnoreCase,
            "give each environment its own host, for example dev.wumbo.app"),
        new DistinctAcrossEnvironmentsRule(
            DiagnosticCatalog.SharedStateBackend, "Terraform state", StateLocation.Of, StringComparer.Ordinal,
            "give each environment its own state key or workspace, for example wumbo/<environment>.tfstate"),
        new AccountSingletonRule(
            "GitHub OIDC identity provider", ModelPaths.OwnsOidcProvider,
            uses: m => m.Registry.CiAccess.Kind == CiPrincipalKind.GithubOidcRole,
            owns: m => m.Registry.CiAccess.OwnsOidcProvider,
            scope: _ => "token.actions.githubusercontent.com"),
        new AccountSingletonRule(
            "SES domain identity", ModelPaths.OwnsDomainIdentity,
            uses: _ => true,
            owns: m => m.Email.OwnsDomainIdentity,
            scope: m => m.Environment.Region.Value + "/" + m.Email.Domain),
    ];
}
