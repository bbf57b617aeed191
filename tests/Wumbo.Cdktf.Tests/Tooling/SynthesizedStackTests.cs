using Wumbo.Testing;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class SynthesizedStackTests
{
    private const string Json = """
        {
          "data": { "aws_route53_zone": { "zone": { "name": "wumbo.app" } } },
          "output": { "api_url": { "value": "https://dev-api.wumbo.app" } },
          "resource": {
            "aws_db_instance": {
              "database_db_1A2B3C4D": {
                "//": { "metadata": { "path": "dev/database/db", "uniqueId": "database_db_1A2B3C4D" } },
                "kms_key_id": "${aws_kms_key.security_key_5E6F7A8B.arn}",
                "multi_az": false,
                "enabled_cloudwatch_logs_exports": ["postgresql", "upgrade"],
                "tags": { "Name": "dev-db", "Tier": "data" }
              }
            },
            "aws_subnet": { "a": { "map_public_ip_on_launch": false }, "b": { "map_public_ip_on_launch": true } }
          }
        }
        """;

    private static readonly SynthesizedStack Stack = SynthesizedStack.Parse("dev", Json);

    [Fact]
    public void A_resource_matches_a_subset_of_its_properties_and_matchers()
    {
        var db = Stack.HasResourceWithProperties("aws_db_instance", new
        {
            multi_az = false,
            enabled_cloudwatch_logs_exports = new[] { "postgresql", "upgrade" },
            tags = new { Tier = "data" },
            kms_key_id = Match.ReferenceTo("aws_kms_key", "arn"),
            deletion_protection = Match.Absent,
        });

        Assert.Equal("aws_db_instance.database_db_1A2B3C4D", db.Address);
        Assert.Equal("dev/database/db", db.ConstructPath);
    }

    [Fact]
    public void A_mismatch_names_the_closest_block_and_the_first_difference()
    {
        var failure = Assert.Throws<CheckFailedException>(() => Stack.HasResourceWithProperties("aws_db_instance", new { multi_az = true }));

        Assert.Contains("aws_db_instance.database_db_1A2B3C4D (dev/database/db): multi_az: expected true, got false", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_match_element_by_element()
    {
        Assert.Throws<CheckFailedException>(() => Stack.HasResourceWithProperties("aws_db_instance", new { enabled_cloudwatch_logs_exports = new[] { "postgresql" } }));
    }

    [Fact]
    public void Every_resource_of_a_type_is_checked()
    {
        var failure = Assert.Throws<CheckFailedException>(() => Stack.EveryResourceHasProperties("aws_subnet", new { map_public_ip_on_launch = false }));

        Assert.Contains("aws_subnet.b", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_sources_outputs_and_counts_are_read_by_address()
    {
        Assert.Equal("data.aws_route53_zone.zone", Stack.HasDataSourceWithProperties("aws_route53_zone", new { name = "wumbo.app" }).Address);
        Assert.Equal("https://dev-api.wumbo.app", Stack.HasOutput("api_url")["value"]!.Value.GetString());
        Assert.Equal(2, Stack.HasResources("aws_subnet", 2).Count);
        Assert.Throws<CheckFailedException>(() => Stack.HasNoResource("aws_subnet"));
        Assert.Throws<CheckFailedException>(() => Stack.HasResources("aws_subnet", 3, exactly: false));
    }
}
