using System.Collections.Immutable;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>
/// The web app's hosting: Amplify, or the S3 + CloudFront alternative. CI uploads each build, so Amplify runs no build
/// minutes; both are priced from the web usage assumptions.
/// </summary>
internal static class FrontendCharges
{
    public static ImmutableArray<UsageCharge> Usage { get; } =
    [
        new("aws_amplify_app", "GB", "Data served", "amplify-data-served-gb", u => u.WebDataServedGb),
        new("aws_amplify_app", "GB-months", "Files stored", "amplify-storage-gb-month", u => u.WebStorageGb),

        // Priced at North America's rate, the one PRICING.md gives; the stacks' PriceClass_100 adds Europe, at the same rate (aws.amazon.com/cloudfront/pricing).
        new("aws_cloudfront_distribution", "GB", "Data out to viewers", "cloudfront-data-out-north-america-gb", u => u.WebDataServedGb),

        // Only the bucket a distribution serves from holds the web app; the load balancer's log bucket has no size figure.
        new("aws_s3_bucket", "GB-months", "Web app files (S3 Standard)", "s3-standard-storage-gb-month", u => u.WebStorageGb)
        {
            AppliesTo = bucket => bucket.ReferredToBy("aws_cloudfront_distribution", d => d.BlockText("origin", "domain_name")).Any(),
        },
    ];
}
