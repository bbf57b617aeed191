using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The web app from a private S3 bucket through CloudFront (SECURITY-RULES F1, F2, F5, B1-B5): only the
/// distribution may read the bucket (origin access control), viewers are redirected to HTTPS with TLS 1.2+
/// and a certificate for the web host (issued in us-east-1, where CloudFront takes certificates from), and
/// every response carries HSTS and the usual security headers. The host is an alias of the distribution.
/// </summary>
internal sealed class CloudFrontHosting : Construct
{
    private const string OriginId = "site";

    // AWS's managed cache policy "CachingOptimized".
    private const string CachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    public CloudFrontHosting(Construct scope, string id, StackContext context, Dns dns, TerraformProvider? usEast1)
        : base(scope, id)
    {
        var names = context.Names;
        var host = names.FrontendHost;
        var bucket = new AwsS3Bucket(this, "bucket", new AwsS3BucketConfig
        {
            Bucket = Tf.Template($"{names.Resource("web")}-{context.AccountId}"),
            ForceDestroy = false,
        });
        PrivateBuckets.Secure(this, bucket, encryption: "AES256", expireAfterDays: null);
        var accessControl = new AwsCloudfrontOriginAccessControl(this, "origin-access-control", new AwsCloudfrontOriginAccessControlConfig
        {
            Name = names.Resource("web"),
            Description = "CloudFront signs its requests to the site bucket",
            OriginAccessControlOriginType = "s3",
            SigningBehavior = "always",
            SigningProtocol = "sigv4",
        });
        var headers = SecurityHeaders(names.Resource("web"));
        var certificate = new ValidatedCertificate(this, "certificate", host, dns.Zone, usEast1);
        var distribution = new AwsCloudfrontDistribution(this, "distribution", new AwsCloudfrontDistributionConfig
        {
            Enabled = true,
            Comment = $"The Wumbo web app, {context.Environment.Name}",
            Aliases = [host],
            DefaultRootObject = "index.html",
            IsIpv6Enabled = true,
            HttpVersion = "http2and3",
            PriceClass = "PriceClass_100",
            Origin = [new AwsCloudfrontDistributionOrigin { OriginId = OriginId, DomainName = bucket.BucketRegionalDomainName, OriginAccessControlId = accessControl.Id }],
            DefaultCacheBehavior = new AwsCloudfrontDistributionDefaultCacheBehavior
            {
                TargetOriginId = OriginId,
                ViewerProtocolPolicy = "redirect-to-https",
                AllowedMethods = ["GET", "HEAD", "OPTIONS"],
                CachedMethods = ["GET", "HEAD"],
                Compress = true,
                CachePolicyId = CachingOptimized,
                ResponseHeadersPolicyId = headers.Id,
            },
            CustomErrorResponse = [new AwsCloudfrontDistributionCustomErrorResponse { ErrorCode = 404, ResponseCode = 404, ResponsePagePath = "/404.html" }],
            Restrictions = new AwsCloudfrontDistributionRestrictions
            {
                GeoRestriction = new AwsCloudfrontDistributionRestrictionsGeoRestriction { RestrictionType = "none" },
            },
            ViewerCertificate = new AwsCloudfrontDistributionViewerCertificate
            {
                AcmCertificateArn = certificate.Arn,
                SslSupportMethod = "sni-only",
                MinimumProtocolVersion = "TLSv1.2_2021",
            },
        });
        _ = new AwsS3BucketPolicy(this, "bucket-policy", new AwsS3BucketPolicyConfig
        {
            Bucket = bucket.Id,
            Policy = PolicyDocument.Json(
                new PolicyStatement
                {
                    Sid = "CloudFrontReadsTheSite",
                    Principal = PolicyPrincipal.Service("cloudfront.amazonaws.com"),
                    Actions = ["s3:GetObject"],
                    Resources = [Tf.Template($"{bucket.Arn}/*")],
                    Conditions = [new PolicyCondition("StringEquals", "AWS:SourceArn", [distribution.Arn])],
                },
                PrivateBuckets.DenyInsecureTransport(bucket)),
        });
        foreach (var (recordId, type) in new[] { ("alias-ipv4", "A"), ("alias-ipv6", "AAAA") })
        {
            _ = new AwsRoute53Record(this, recordId, new AwsRoute53RecordConfig
            {
                ZoneId = dns.Zone.ZoneId,
                Name = host,
                Type = type,
                Alias = new AwsRoute53RecordAlias { Name = distribution.DomainName, ZoneId = distribution.HostedZoneId, EvaluateTargetHealth = false },
            });
        }

        Outputs =
        [
            ("cloudfront_distribution_id", "The distribution the frontend workflow invalidates (CLOUDFRONT_DISTRIBUTION_ID).", distribution.Id),
            ("site_bucket", "The bucket the frontend workflow uploads the static export to.", bucket.Bucket),
        ];
    }

    public IReadOnlyList<(string Name, string Description, TfString Value)> Outputs { get; }

    private AwsCloudfrontResponseHeadersPolicy SecurityHeaders(string name) =>
        new(this, "security-headers", new AwsCloudfrontResponseHeadersPolicyConfig
        {
            Name = name,
            Comment = "HSTS for a year with preload, no sniffing, no framing, no referrer beyond the origin",
            SecurityHeadersConfig = new AwsCloudfrontResponseHeadersPolicySecurityHeadersConfig
            {
                StrictTransportSecurity = new AwsCloudfrontResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurity
                {
                    AccessControlMaxAgeSec = 31536000,
                    IncludeSubdomains = true,
                    Preload = true,
                    Override = true,
                },
                ContentTypeOptions = new AwsCloudfrontResponseHeadersPolicySecurityHeadersConfigContentTypeOptions { Override = true },
                FrameOptions = new AwsCloudfrontResponseHeadersPolicySecurityHeadersConfigFrameOptions { FrameOption = "DENY", Override = true },
                ReferrerPolicy = new AwsCloudfrontResponseHeadersPolicySecurityHeadersConfigReferrerPolicy { ReferrerPolicy = "strict-origin-when-cross-origin", Override = true },
            },
        });
}
