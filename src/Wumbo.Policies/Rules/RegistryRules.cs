using System.Collections.Immutable;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>ECR repositories (SECURITY-RULES R1-R5).</summary>
internal static class RegistryRules
{
    private const string Repository = "aws_ecr_repository";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5071", "Images are scanned on push", [Repository], AllEnvironments, ScannerIds.Of("CKV_AWS_163", "AVD-AWS-0030", "ECR.1"),
            "set image_scanning_configuration.scan_on_push = true (basic scanning is free)", IsTrue("image_scanning_configuration.scan_on_push")),
        new("WUM5072", "Image tags are immutable", [Repository], AllEnvironments, ScannerIds.Of("CKV_AWS_51", "AVD-AWS-0031", "ECR.2"),
            "set image_tag_mutability = \"IMMUTABLE\" and tag images with the git SHA", OneOf("image_tag_mutability", "IMMUTABLE")),
        new("WUM5073", "Repositories are encrypted with KMS", [Repository], AllEnvironments, ScannerIds.Of("CKV_AWS_136"),
            "set encryption_configuration.encryption_type = \"KMS\"; it can only be set when the repository is created", OneOf("encryption_configuration.encryption_type", "KMS")),
        new("WUM5074", "Repositories expire old images", [Repository], AllEnvironments, ScannerIds.Of("ECR.3"),
            "add a lifecycle policy (registry.lifecycle)", That((r, stack) => stack.Referencing("aws_ecr_lifecycle_policy", r).Any(), "the repository has no lifecycle policy")),
        new("WUM5075", "Repository policies are not public", ["aws_ecr_repository_policy"], AllEnvironments, ScannerIds.Of("CKV_AWS_32", "AVD-AWS-0032"),
            "name the principals that may pull or push; never \"*\"", NoPublicStatement("policy")),
        new("WUM5076", "Repositories are encrypted with a customer-managed key", [Repository], ProductionOnly, ScannerIds.Of("AVD-AWS-0033"),
            "set security.customer_managed_key: true so encryption_configuration.kms_key names the environment's key", IsSet("encryption_configuration.kms_key")),
    ];
}
