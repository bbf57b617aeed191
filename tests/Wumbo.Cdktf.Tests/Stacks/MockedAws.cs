namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// What the mocked provider's data sources return in the plan tests: values shaped as AWS returns them, so
/// that the stacks' functions and the provider's validations see realistic input (a mocked data source
/// otherwise returns empty lists and random strings).
/// </summary>
internal static class MockedAws
{
    public const string AccountId = "123456789012";

    public static IReadOnlyDictionary<string, string> DataSources { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws_availability_zones"] = "{ names = [\"us-east-1a\", \"us-east-1b\", \"us-east-1c\"], zone_ids = [\"use1-az1\", \"use1-az2\", \"use1-az4\"] }",
        ["aws_caller_identity"] = $"{{ account_id = \"{AccountId}\", arn = \"arn:aws:iam::{AccountId}:role/terraform\", user_id = \"AROAEXAMPLEID\" }}",
        ["aws_route53_zone"] = "{ zone_id = \"Z0123456789ABCDEFGHIJ\", name = \"wumbo.app\", arn = \"arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ\" }",
        ["aws_elb_service_account"] = "{ arn = \"arn:aws:iam::127311923021:root\" }",
        ["aws_iam_openid_connect_provider"] = $"{{ arn = \"arn:aws:iam::{AccountId}:oidc-provider/token.actions.githubusercontent.com\", url = \"token.actions.githubusercontent.com\" }}",
    };
}
