using System.Text.Json;
using Wumbo.Model.Secrets;
using Wumbo.Preview.Markdown;
using Wumbo.Testing;

namespace Wumbo.Preview.Tests.Markdown;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("password", "\"hunter2hunter2\"")]
    [InlineData("auth_token", "\"abc\"")]
    [InlineData("authentication_mode.passwords[0]", "\"abc\"")]
    public void A_literal_string_of_an_argument_that_names_a_secret_is_hidden(string path, string value)
    {
        Assert.Equal("(hidden: the argument names a secret)", SecretRedaction.Display(path, value));
    }

    [Fact]
    public void A_value_that_looks_like_a_credential_is_hidden_whatever_its_argument()
    {
        Assert.Equal(
            "(hidden: it looks like a credential (an AWS access key id, a private key or an access token))",
            SecretRedaction.Display("tags.Note", "\"AKIAIOSFODNN7EXAMPLE\""));
    }

    [Theory]
    [InlineData("master_user_secret_kms_key_id", "\"${aws_kms_key.key.arn}\"")]
    [InlineData("manage_master_user_password", "true")]
    [InlineData("instance_class", "\"db.t4g.small\"")]
    [InlineData("password", null)]
    public void References_numbers_booleans_and_ordinary_values_are_shown(string path, string? value)
    {
        Assert.Equal(value, SecretRedaction.Display(path, value));
    }

    [Fact]
    public void Every_argument_the_provider_schema_marks_sensitive_names_a_secret()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.AwsSchemaSubset));
        var sensitive = schema.RootElement.GetProperty("provider_schemas").GetProperty("registry.terraform.io/hashicorp/aws")
            .GetProperty("resource_schemas").EnumerateObject()
            .SelectMany(type => SensitiveAttributes(type.Value.GetProperty("block")))
            .ToList();

        Assert.NotEmpty(sensitive);
        Assert.All(sensitive, name => Assert.True(SecretDetector.NamesASecret(name), name));
    }

    private static IEnumerable<string> SensitiveAttributes(JsonElement block) =>
        (block.TryGetProperty("attributes", out var attributes) ? attributes.EnumerateObject() : default)
            .Where(a => a.Value.TryGetProperty("sensitive", out var flag) && flag.GetBoolean())
            .Select(a => a.Name)
            .Concat((block.TryGetProperty("block_types", out var blocks) ? blocks.EnumerateObject() : default)
                .SelectMany(b => SensitiveAttributes(b.Value.GetProperty("block"))));
}
