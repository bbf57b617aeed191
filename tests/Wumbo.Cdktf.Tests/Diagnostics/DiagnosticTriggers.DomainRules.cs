using Wumbo.Model.Diagnostics;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// WUM2xxx: the loader on the checked-in environment files with one value of development.yaml changed; the rules
/// across environments compare it with the unchanged staging and production files.
/// </summary>
internal static partial class DiagnosticTriggers
{
    private static Part DomainRules() => new()
    {
        { DiagnosticCatalog.InvalidRegion, () => Development("region: us-east-1", "region: us-east-9") },
        { DiagnosticCatalog.InvalidCidr, () => Development("vpc_cidr: 10.10.0.0/16", "vpc_cidr: 10.10.0.1/16") },
        { DiagnosticCatalog.InvalidIosBundleId, () => Development("ios_bundle_id: com.built-by-dusty", "ios_bundle_id: com.built_by_dusty") },
        { DiagnosticCatalog.InvalidAndroidPackage, () => Development("android_package: com.built_by_dusty", "android_package: com.built-by-dusty") },
        { DiagnosticCatalog.InvalidEmail, () => Development("alarm_emails: [alerts@wumbo.app]", "alarm_emails: [alerts-at-wumbo.app]") },
        { DiagnosticCatalog.InvalidFargateTaskSize, () => Development("memory: 1024", "memory: 8192") },
        { DiagnosticCatalog.SchedulerNotSingleton, () => Development("max_count: 1", "max_count: 2") },
        { DiagnosticCatalog.TaskCountsOutOfOrder, () => Development("min_count: 1", "min_count: 2") },
        { DiagnosticCatalog.TooManyNatGateways, () => Development("nat_gateways: 1", "nat_gateways: 3") },
        { DiagnosticCatalog.MultiAzUnsatisfiable, () => Development("replicas: 0\n  multi_az: false", "replicas: 0\n  multi_az: true") },
        { DiagnosticCatalog.SubnetMisplaced, () => Development("public: [10.10.0.0/24, 10.10.1.0/24]", "public: [10.10.0.0/24, 10.99.1.0/24]") },
        { DiagnosticCatalog.SubnetCountMismatch, () => Development("public: [10.10.0.0/24, 10.10.1.0/24]", "public: [10.10.0.0/24]") },
        { DiagnosticCatalog.OverlappingVpcCidrs, () => Development("vpc_cidr: 10.10.0.0/16", "vpc_cidr: 10.0.0.0/8") },
        { DiagnosticCatalog.MalformedInstanceClass, () => Development("instance_class: db.t4g.micro", "instance_class: t4g.micro") },
        { DiagnosticCatalog.NotGraviton, () => Development("instance_class: db.t4g.micro", "instance_class: db.t3.micro") },
        { DiagnosticCatalog.UnsupportedEngineVersion, () => Development("engine_version: \"16\"", "engine_version: \"9\"") },
        { DiagnosticCatalog.DuplicateIosBundleId, () => Development("ios_bundle_id: com.built-by-dusty.wumbo.dev", "ios_bundle_id: com.built-by-dusty.wumbo.staging") },
        { DiagnosticCatalog.DuplicateAndroidPackage, () => Development("android_package: com.built_by_dusty.wumbo.dev", "android_package: com.built_by_dusty.wumbo.staging") },
        { DiagnosticCatalog.ApiServiceCount, () => Development("role: api", "role: worker") },
        { DiagnosticCatalog.ApiServiceEndpoint, () => Development("health_check_path: /health", "health_check_path: null") },
        { DiagnosticCatalog.UnknownImageRepository, () => Development("image_repository: backend", "image_repository: frontend") },
        { DiagnosticCatalog.DuplicateServiceName, () => Development("- name: worker", "- name: backend") },
        { DiagnosticCatalog.DuplicateSecretId, () => Development("- id: aws", "- id: plaid") },
        { DiagnosticCatalog.SecretNamePrefix, () => Development("name: development/wumbo/aws", "name: production/wumbo/aws") },
        { DiagnosticCatalog.BackupRetentionTooShort, () => Development("backup_retention_days: 7", "backup_retention_days: 3") },
        { DiagnosticCatalog.StorageCeilingBelowAllocation, () => Development("allocated_storage_gb: 20", "allocated_storage_gb: 200") },
        { DiagnosticCatalog.TooFewAvailabilityZones, () => Development("availability_zones: 2", "availability_zones: 1") },
        { DiagnosticCatalog.MissingVpcEndpoints, () => Development("email-smtp, s3]", "email-smtp]") },
        { DiagnosticCatalog.SharedStateBackend, () => Development("workspace: wumbo-development", "workspace: wumbo-staging") },
        { DiagnosticCatalog.OidcRoleWithoutBranches, () => Development("branches: [develop]", "branches: []") },
        { DiagnosticCatalog.DuplicateRepositoryId, () => Development("- id: migration", "- id: backend") },
        { DiagnosticCatalog.DuplicateRepositoryName, () => Development("name: development/wumbo-migration", "name: development/wumbo-backend") },
        { DiagnosticCatalog.DuplicateSecretName, () => Development("name: development/wumbo/aws", "name: development/wumbo/plaid") },
        { DiagnosticCatalog.DuplicateApiHost, () => Development("api_host: dev-api.wumbo.app", "api_host: staging-api.wumbo.app") },
        { DiagnosticCatalog.DuplicateFrontendHost, () => Development("host: dev.wumbo.app", "host: staging.wumbo.app") },
        { DiagnosticCatalog.AutoscalingWithoutTarget, () => Development("cpu_percent: 70\n        memory_percent: 80", "cpu_percent: null\n        memory_percent: null") },
        { DiagnosticCatalog.UnknownServiceSecret, () => Development("secrets: [plaid, app-security]", "secrets: [plaid, stripe]") },
        { DiagnosticCatalog.AccountResourceOwnership, () => Development("owns_oidc_provider: true", "owns_oidc_provider: false") },
        { DiagnosticCatalog.DerivedNameTooLong, () => Development("- name: backend", "- name: backend-for-the-mobile-apps") },
        { DiagnosticCatalog.CacheWithoutTls, () => Development("transit_encryption: true", "transit_encryption: false") },
        { DiagnosticCatalog.InvalidDate, () => Development("expires: 2027-06-30", "expires: 2027-02-30") },
        { DiagnosticCatalog.DuplicateWaiver, () => Development(
            "rule: WUM5057 # load balancers are internal\n      resource: aws_lb.compute_load-balancer_alb_7378EDAB",
            "rule: WUM5034\n      resource: aws_security_group.compute_migration_security-group_7838899E") },
    };
}
