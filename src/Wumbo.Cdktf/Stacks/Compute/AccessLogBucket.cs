using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The load balancer's access-log bucket (SECURITY-RULES A5, B1-B5): private, owner-enforced, versioned with
/// a lifecycle, TLS only, and written to by the region's Elastic Load Balancing account. It is encrypted with
/// SSE-S3 because load balancers can write to no other (pitfall 5).
/// </summary>
internal sealed class AccessLogBucket : Construct
{
    public const string Prefix = "alb";

    public AccessLogBucket(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        var retentionDays = context.Environment.Monitoring.LogRetentionDays;
        Bucket = new AwsS3Bucket(this, "bucket", new AwsS3BucketConfig
        {
            Bucket = Tf.Template($"{context.Names.Resource("alb-logs")}-{context.AccountId}"),
            ForceDestroy = false,
        });
        PrivateBuckets.Secure(this, Bucket, encryption: "AES256", expireAfterDays: retentionDays);
        var loadBalancing = new DataAwsElbServiceAccount(this, "load-balancing-account", new DataAwsElbServiceAccountConfig());
        Policy = new AwsS3BucketPolicy(this, "policy", new AwsS3BucketPolicyConfig
        {
            Bucket = Bucket.Id,
            Policy = PolicyDocument.Json(
                new PolicyStatement
                {
                    Sid = "LoadBalancingWritesAccessLogs",
                    Principal = PolicyPrincipal.Aws(loadBalancing.Arn),
                    Actions = ["s3:PutObject"],
                    Resources = [Tf.Template($"{Bucket.Arn}/{Prefix}/AWSLogs/{context.AccountId}/*")],
                },
                PrivateBuckets.DenyInsecureTransport(Bucket)),
        });
    }

    public AwsS3Bucket Bucket { get; }

    /// <summary>The load balancer checks that it may write when it is created, so it waits for the policy.</summary>
    public AwsS3BucketPolicy Policy { get; }
}
