using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>DNS, TLS, e-mail and the web app's hosting, on both of the model's paths.</summary>
public sealed class EdgeIntentTests
{
    [Theory]
    [InlineData("development", "dev-api.wumbo.app")]
    [InlineData("staging", "staging-api.wumbo.app")]
    [InlineData("production", "api.wumbo.app")]
    public void The_api_host_has_a_dns_validated_certificate_and_an_alias_to_the_load_balancer(string environment, string host)
    {
        var stack = WumboStacks.For(environment);

        stack.HasDataSourceWithProperties("aws_route53_zone", new { name = "wumbo.app", private_zone = false });
        stack.HasNoResource("aws_route53_zone");
        stack.HasResourceWithProperties("aws_acm_certificate", new
        {
            domain_name = host,
            validation_method = "DNS",
            subject_alternative_names = Match.Absent,
            lifecycle = new { create_before_destroy = true },
        });
        stack.HasResourceWithProperties("aws_route53_record", new
        {
            name = host,
            type = "A",
            alias = new { name = Match.ReferenceTo("aws_lb", "dns_name"), zone_id = Match.ReferenceTo("aws_lb", "zone_id"), evaluate_target_health = true },
        });
        stack.HasResourceWithProperties("aws_acm_certificate_validation", new { validation_record_fqdns = new[] { Match.ReferenceTo("aws_route53_record", "fqdn") } });
    }

    [Fact]
    public void Only_the_owning_environment_creates_the_ses_identity_with_its_dkim_records()
    {
        var development = WumboStacks.For("development");

        development.HasResourceWithProperties("aws_ses_domain_identity", new { domain = "wumbo.app", lifecycle = new { prevent_destroy = true } });
        Assert.Equal(3, development.ResourcesWithProperties("aws_route53_record", new { type = "CNAME", records = new[] { Match.Pattern("\\.dkim\\.amazonses\\.com$") } }).Count);
        WumboStacks.For("staging").HasNoResource("aws_ses_domain_identity");
        WumboStacks.For("production").HasNoResource("aws_ses_domain_identity");
    }

    [Theory]
    [InlineData("development", "dev.wumbo.app", "develop", "DEVELOPMENT")]
    [InlineData("staging", "staging.wumbo.app", "staging", "BETA")]
    [InlineData("production", "app.wumbo.app", "main", "PRODUCTION")]
    public void Amplify_hosts_the_web_app_on_the_environment_s_host(string environment, string host, string branch, string stage)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_amplify_app", new
        {
            name = $"{environment}-wumbo-web",
            repository = Match.Absent,
            access_token = Match.Absent,
            oauth_token = Match.Absent,
            environment_variables = new { NEXT_PUBLIC_API_URL = WumboStacks.Model(environment).Dns.ApiUrl },
        });
        stack.HasResourceWithProperties("aws_amplify_branch", new { branch_name = branch, stage, enable_auto_build = false });
        stack.HasResourceWithProperties("aws_amplify_domain_association", new { domain_name = host, sub_domain = new[] { new { prefix = string.Empty } } });
        stack.HasOutput("amplify_app_id");
        stack.HasNoResource("aws_cloudfront_distribution");
    }

    [Fact]
    public void The_alternative_serves_a_private_bucket_through_cloudfront_over_https_only()
    {
        var stack = StackVariants.Get("s3-cloudfront");

        stack.HasNoResource("aws_amplify_app");
        stack.HasResourceWithProperties("aws_cloudfront_distribution", new
        {
            aliases = new[] { "dev.wumbo.app" },
            default_root_object = "index.html",
            default_cache_behavior = new { viewer_protocol_policy = "redirect-to-https", response_headers_policy_id = Match.ReferenceTo("aws_cloudfront_response_headers_policy", "id") },
            origin = new[] { new { origin_access_control_id = Match.ReferenceTo("aws_cloudfront_origin_access_control", "id") } },
            viewer_certificate = new { ssl_support_method = "sni-only", minimum_protocol_version = "TLSv1.2_2021", acm_certificate_arn = Match.ReferenceTo("aws_acm_certificate_validation", "certificate_arn") },
        });
        stack.HasResourceWithProperties("aws_s3_bucket_public_access_block", new { block_public_acls = true, block_public_policy = true, ignore_public_acls = true, restrict_public_buckets = true });
        stack.HasResourceWithProperties("aws_cloudfront_response_headers_policy", new
        {
            security_headers_config = new { strict_transport_security = new { access_control_max_age_sec = 31536000, include_subdomains = true, preload = true } },
        });
        stack.HasResourceWithProperties("aws_route53_record", new { name = "dev.wumbo.app", type = "AAAA", alias = new { name = Match.ReferenceTo("aws_cloudfront_distribution", "domain_name") } });
        stack.HasOutput("cloudfront_distribution_id");
    }

    [Fact]
    public void Outside_us_east_1_cloudfront_s_certificate_comes_from_a_second_provider_there()
    {
        var stack = StackVariants.Get("eu-west-1");

        stack.HasProviderWithProperties("aws", new { alias = "us_east_1", region = "us-east-1" });
        stack.HasResourceWithProperties("aws_acm_certificate", new { domain_name = "dev.wumbo.app", provider = "aws.us_east_1" });
        stack.HasResourceWithProperties("aws_acm_certificate", new { domain_name = "dev-api.wumbo.app", provider = Match.Absent });
    }
}
