using Wumbo.Diagnostics;

namespace Wumbo.Model.Diagnostics;

/// <summary>
/// Every diagnostic code of the model, in one catalogue split by concern:
/// WUM1xxx YAML and binding (<c>DiagnosticCatalog.Yaml.cs</c>), WUM2xxx domain rules
/// (<c>DiagnosticCatalog.Domain.cs</c>). Each code is issued by its range in <see cref="DiagnosticRange"/>, the table
/// of every catalogue's codes, which refuses a code outside the range, retired or declared twice.
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>
    /// Every descriptor of the catalogue, in code order. Built on each call: the fields live in the other parts of
    /// this class, and a static field here could be initialised before them (the order of parts is unspecified).
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All =>
    [
        YamlSyntax, InvalidUtf8, DuplicateKey, UnknownKey, WrongType, MissingValue, OutOfRange, PatternMismatch,
        EmptyFile, FileTooLarge, NestingTooDeep, AliasExpansionTooLarge, MultipleDocuments, UnsupportedTag,
        FileNameMismatch, SecretLiteral, SecretLikeValue, InvalidEnumValue, UnionChoice, NoEnvironmentFiles,
        DuplicateEnvironment, InvalidRegion, InvalidCidr, InvalidIosBundleId, InvalidAndroidPackage, InvalidEmail,
        InvalidFargateTaskSize, SchedulerNotSingleton, TaskCountsOutOfOrder, TooManyNatGateways, MultiAzUnsatisfiable,
        SubnetMisplaced, SubnetCountMismatch, OverlappingVpcCidrs, MalformedInstanceClass, NotGraviton,
        UnsupportedEngineVersion, DuplicateIosBundleId, DuplicateAndroidPackage, ApiServiceCount, ApiServiceEndpoint,
        UnknownImageRepository, DuplicateServiceName, DuplicateSecretId, SecretNamePrefix, BackupRetentionTooShort,
        StorageCeilingBelowAllocation, TooFewAvailabilityZones, MissingVpcEndpoints, SharedStateBackend,
        OidcRoleWithoutBranches, DuplicateRepositoryId, DuplicateRepositoryName, DuplicateSecretName, DuplicateApiHost,
        DuplicateFrontendHost, AutoscalingWithoutTarget, UnknownServiceSecret, AccountResourceOwnership,
        DerivedNameTooLong, CacheWithoutTls, InvalidDate, DuplicateWaiver,
    ];
}
