using Wumbo.Diagnostics;

namespace Wumbo.Model.Diagnostics;

/// <summary>WUM2xxx: domain rules over the typed model.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor InvalidRegion = DiagnosticRange.DomainRules.Error("WUM2001", "Unknown AWS region");
    public static readonly DiagnosticDescriptor InvalidCidr = DiagnosticRange.DomainRules.Error("WUM2002", "Invalid IPv4 CIDR block");
    public static readonly DiagnosticDescriptor InvalidIosBundleId = DiagnosticRange.DomainRules.Error("WUM2003", "Invalid iOS bundle identifier");
    public static readonly DiagnosticDescriptor InvalidAndroidPackage = DiagnosticRange.DomainRules.Error("WUM2004", "Invalid Android package name");
    public static readonly DiagnosticDescriptor InvalidEmail = DiagnosticRange.DomainRules.Error("WUM2005", "Invalid e-mail address");
    public static readonly DiagnosticDescriptor InvalidFargateTaskSize = DiagnosticRange.DomainRules.Error("WUM2006", "Unsupported Fargate CPU/memory combination");
    public static readonly DiagnosticDescriptor SchedulerNotSingleton = DiagnosticRange.DomainRules.Error("WUM2007", "Celery beat must run exactly one task");
    public static readonly DiagnosticDescriptor TaskCountsOutOfOrder = DiagnosticRange.DomainRules.Error("WUM2008", "Task counts must satisfy min <= desired <= max");
    public static readonly DiagnosticDescriptor TooManyNatGateways = DiagnosticRange.DomainRules.Error("WUM2009", "More NAT gateways than availability zones");
    public static readonly DiagnosticDescriptor MultiAzUnsatisfiable = DiagnosticRange.DomainRules.Error("WUM2010", "Multi-AZ needs two zones (and, for the cache, a replica)");
    public static readonly DiagnosticDescriptor SubnetMisplaced = DiagnosticRange.DomainRules.Error("WUM2011", "Subnet outside the VPC or overlapping another subnet");
    public static readonly DiagnosticDescriptor SubnetCountMismatch = DiagnosticRange.DomainRules.Error("WUM2012", "Subnet tier does not have one subnet per availability zone");
    public static readonly DiagnosticDescriptor OverlappingVpcCidrs = DiagnosticRange.DomainRules.Error("WUM2013", "VPC CIDRs of two environments overlap");
    public static readonly DiagnosticDescriptor MalformedInstanceClass = DiagnosticRange.DomainRules.Error("WUM2014", "Malformed RDS instance class or ElastiCache node type");
    public static readonly DiagnosticDescriptor NotGraviton = DiagnosticRange.DomainRules.Error("WUM2015", "Instance family is not Graviton");
    public static readonly DiagnosticDescriptor UnsupportedEngineVersion = DiagnosticRange.DomainRules.Error("WUM2016", "Unsupported engine version");
    public static readonly DiagnosticDescriptor DuplicateIosBundleId = DiagnosticRange.DomainRules.Error("WUM2017", "iOS bundle id used by two environments");
    public static readonly DiagnosticDescriptor DuplicateAndroidPackage = DiagnosticRange.DomainRules.Error("WUM2018", "Android package used by two environments");
    public static readonly DiagnosticDescriptor ApiServiceCount = DiagnosticRange.DomainRules.Error("WUM2019", "There must be exactly one api service");
    public static readonly DiagnosticDescriptor ApiServiceEndpoint = DiagnosticRange.DomainRules.Error("WUM2020", "An api service needs a port and a health-check path");
    public static readonly DiagnosticDescriptor UnknownImageRepository = DiagnosticRange.DomainRules.Error("WUM2021", "Service image repository is not declared");
    public static readonly DiagnosticDescriptor DuplicateServiceName = DiagnosticRange.DomainRules.Error("WUM2022", "Service name used twice");
    public static readonly DiagnosticDescriptor DuplicateSecretId = DiagnosticRange.DomainRules.Error("WUM2023", "Secret id used twice");
    public static readonly DiagnosticDescriptor SecretNamePrefix = DiagnosticRange.DomainRules.Error("WUM2024", "Secret name outside the environment's prefix");
    public static readonly DiagnosticDescriptor BackupRetentionTooShort = DiagnosticRange.DomainRules.Error("WUM2025", "Database backups kept fewer than 7 days");
    public static readonly DiagnosticDescriptor StorageCeilingBelowAllocation = DiagnosticRange.DomainRules.Error("WUM2026", "Storage autoscaling ceiling below allocated storage");
    public static readonly DiagnosticDescriptor TooFewAvailabilityZones = DiagnosticRange.DomainRules.Error("WUM2027", "Fewer than two availability zones");
    public static readonly DiagnosticDescriptor MissingVpcEndpoints = DiagnosticRange.DomainRules.Error("WUM2028", "VPC endpoints for private Fargate tasks missing");
    // WUM2029 (environment name used by two files) is retired: WUM1021 reports it, once. Codes are never reused: DiagnosticRange.DomainRules refuses it.
    public static readonly DiagnosticDescriptor SharedStateBackend = DiagnosticRange.DomainRules.Error("WUM2030", "Two environments share one Terraform state");
    public static readonly DiagnosticDescriptor OidcRoleWithoutBranches = DiagnosticRange.DomainRules.Error("WUM2031", "GitHub OIDC role without branches");
    public static readonly DiagnosticDescriptor DuplicateRepositoryId = DiagnosticRange.DomainRules.Error("WUM2032", "ECR repository id used twice");
    public static readonly DiagnosticDescriptor DuplicateRepositoryName = DiagnosticRange.DomainRules.Error("WUM2033", "ECR repository name used twice");
    public static readonly DiagnosticDescriptor DuplicateSecretName = DiagnosticRange.DomainRules.Error("WUM2034", "Secret name used twice");
    public static readonly DiagnosticDescriptor DuplicateApiHost = DiagnosticRange.DomainRules.Error("WUM2035", "API host used by two environments");
    public static readonly DiagnosticDescriptor DuplicateFrontendHost = DiagnosticRange.DomainRules.Error("WUM2036", "Web host used by two environments");
    public static readonly DiagnosticDescriptor AutoscalingWithoutTarget = DiagnosticRange.DomainRules.Error("WUM2037", "Autoscaling without a target");
    public static readonly DiagnosticDescriptor UnknownServiceSecret = DiagnosticRange.DomainRules.Error("WUM2038", "Service reads a secret that is not declared");
    public static readonly DiagnosticDescriptor AccountResourceOwnership = DiagnosticRange.DomainRules.Error("WUM2039", "An account-wide resource needs exactly one owning environment");
    public static readonly DiagnosticDescriptor DerivedNameTooLong = DiagnosticRange.DomainRules.Error("WUM2040", "A derived AWS resource name is longer than AWS allows");
    public static readonly DiagnosticDescriptor CacheWithoutTls = DiagnosticRange.DomainRules.Error("WUM2041", "IAM authentication to the cache needs transit encryption");
    public static readonly DiagnosticDescriptor InvalidDate = DiagnosticRange.DomainRules.Error("WUM2042", "Invalid calendar date");
    public static readonly DiagnosticDescriptor DuplicateWaiver = DiagnosticRange.DomainRules.Error("WUM2043", "The same rule waived twice for one resource");
}
