using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// What every bucket of the stacks gets (SECURITY-RULES B1-B3, B5): all public access blocked, ACLs disabled,
/// default encryption, versioning, and a lifecycle that expires old versions and abandoned uploads.
/// </summary>
internal static class PrivateBuckets
{
    public static void Secure(Construct scope, AwsS3Bucket bucket, string encryption, int? expireAfterDays)
    {
        _ = new AwsS3BucketPublicAccessBlock(scope, "public-access-block", new AwsS3BucketPublicAccessBlockConfig
        {
            Bucket = bucket.Id,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        });
        _ = new AwsS3BucketOwnershipControls(scope, "ownership", new AwsS3BucketOwnershipControlsConfig
        {
            Bucket = bucket.Id,
            Rule = new AwsS3BucketOwnershipControlsRule { ObjectOwnership = "BucketOwnerEnforced" },
        });
        _ = new AwsS3BucketServerSideEncryptionConfiguration(scope, "encryption", new AwsS3BucketServerSideEncryptionConfigurationConfig
        {
            Bucket = bucket.Id,
            Rule = [new AwsS3BucketServerSideEncryptionConfigurationRule
            {
                ApplyServerSideEncryptionByDefault = new AwsS3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault { SseAlgorithm = encryption },
            }],
        });
        _ = new AwsS3BucketVersioning(scope, "versioning", new AwsS3BucketVersioningConfig
        {
            Bucket = bucket.Id,
            VersioningConfiguration = new AwsS3BucketVersioningVersioningConfiguration { Status = "Enabled" },
        });
        _ = new AwsS3BucketLifecycleConfiguration(scope, "lifecycle", new AwsS3BucketLifecycleConfigurationConfig
        {
            Bucket = bucket.Id,
            Rule =
            [
                new AwsS3BucketLifecycleConfigurationRule
                {
                    Id = expireAfterDays is null ? "old-versions" : "expire",
                    Status = "Enabled",
                    Filter = [new AwsS3BucketLifecycleConfigurationRuleFilter { Prefix = string.Empty }],
                    Expiration = expireAfterDays is { } days ? [new AwsS3BucketLifecycleConfigurationRuleExpiration { Days = days }] : null,
                    NoncurrentVersionExpiration = [new AwsS3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration { NoncurrentDays = 30 }],
                    AbortIncompleteMultipartUpload = [new AwsS3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload { DaysAfterInitiation = 7 }],
                },
            ],
        });
    }

    /// <summary>Refuses every request that does not use TLS (B5).</summary>
    public static PolicyStatement DenyInsecureTransport(AwsS3Bucket bucket) => new()
    {
        Sid = "DenyInsecureTransport",
        Effect = "Deny",
        Principal = PolicyPrincipal.Aws("*"),
        Actions = ["s3:*"],
        Resources = [bucket.Arn, Tf.Template($"{bucket.Arn}/*")],
        Conditions = [new PolicyCondition("Bool", "aws:SecureTransport", ["false"])],
    };
}
