using Wumbo.Model.Secrets;

namespace Wumbo.Model.Tests.Secrets;

public sealed class SecretDetectorTests
{
    [Theory]
    [InlineData("password=hunter2-Sup3rS3cret", "a credential written as name=value")]
    [InlineData("db api_key: 8f3b2c91d7", "a credential written as name=value")]
    [InlineData("auth-token: 8f3b2c91d7", "a credential written as name=value")]
    [InlineData("postgresql://wumbo:hunter2-x@db.example/wumbo", "a URL with a password")]
    [InlineData("https://user:pa55@example.com/", "a URL with a password")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----", "a credential (an AWS access key id, a private key or an access token)")]
    [InlineData("AKIAABCDEFGHIJKLMNOP", "a credential (an AWS access key id, a private key or an access token)")]
    [InlineData("ghp_0123456789abcdefghijABCDEFGHIJ012345", "a credential (an AWS access key id, a private key or an access token)")]
    [InlineData("token Zx8kQ2vN4pL7rT1yW9mB3cF6hJ0sD5gAeU", "a random-looking token")]
    public void Secret_looking_values_are_recognised_by_kind(string value, string kind) =>
        Assert.Equal(kind, SecretDetector.Classify(value));

    [Theory]
    [InlineData("Live application")]
    [InlineData("permissions: id-token: write")]
    [InlineData("https://dev-api.wumbo.app")]
    [InlineData("alerts@wumbo.app")]
    [InlineData("development/wumbo/plaid")]
    [InlineData("--schedule=/tmp/celerybeat-schedule")]
    [InlineData("celery -A app.worker worker --loglevel=info")]
    [InlineData("10.10.0.0/16")]
    [InlineData("658327ea-f89d-4fab-a63d-7e88639e58f6")]
    [InlineData("compute_load-balancer_https-from-internet_1CFDAC42")]
    [InlineData("arn:aws:iam::123456789012:role/development-wumbo-backend-task")]
    [InlineData("the jwt_secret_key and algorithm keys")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnop")]
    [InlineData("${aws_db_instance.database_instance_D7FC2283.master_user_secret[0].secret_arn}:password::")]
    public void Ordinary_values_are_not(string value) => Assert.Null(SecretDetector.Classify(value));

    [Fact]
    public void Nothing_in_the_environment_files_looks_like_a_secret()
    {
        var text = string.Concat(Wumbo.Testing.CheckedInEnvironments.Files().Select(f => System.Text.Encoding.UTF8.GetString(f.Content.Span)));

        Assert.All(text.Split('\n'), line => Assert.Null(SecretDetector.Classify(line)));
    }
}
