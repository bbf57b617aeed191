using Wumbo.Docs.Tests.Support;

namespace Wumbo.Docs.Tests.Documents;

public sealed class AppIdentifiersDocumentTests
{
    [Theory]
    [InlineData("development", "com.built-by-dusty.wumbo.dev", "com.built_by_dusty.wumbo.dev", "development", "https://dev-api.wumbo.app")]
    [InlineData("staging", "com.built-by-dusty.wumbo.staging", "com.built_by_dusty.wumbo.staging", "preview", "https://staging-api.wumbo.app")]
    [InlineData("production", "com.built-by-dusty.wumbo", "com.built_by_dusty.wumbo", "production", "https://api.wumbo.app")]
    public void Each_environment_has_a_row_per_platform_with_the_seed_s_identifiers(string environment, string ios, string android, string profile, string apiUrl)
    {
        var text = CheckedIn.Document("APP-IDENTIFIERS.md");

        Assert.Contains($"| {environment} | iOS (bundle id) | `{ios}` | `{profile}` | {apiUrl} |\n", text, StringComparison.Ordinal);
        Assert.Contains($"| {environment} | Android (package) | `{android}` | `{profile}` | {apiUrl} |\n", text, StringComparison.Ordinal);
    }
}
