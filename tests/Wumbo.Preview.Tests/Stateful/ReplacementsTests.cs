using Wumbo.Preview.Resources;
using Wumbo.Preview.Stateful;
using Wumbo.Preview.Tests.Support;

namespace Wumbo.Preview.Tests.Stateful;

public sealed class ReplacementsTests
{
    [Fact]
    public void A_changed_force_new_argument_replaces_a_stateful_resource()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_db_instance": {"db": {"engine": "postgres", "instance_class": "db.t4g.small"}}}}""",
            """{"resource": {"aws_db_instance": {"db": {"engine": "mysql", "instance_class": "db.t4g.medium"}}}}""");

        Assert.Equal([("aws_db_instance.db", "engine", (string?)null)], Found(diff));
    }

    [Fact]
    public void Other_arguments_and_other_types_are_changed_in_place()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_db_instance": {"db": {"instance_class": "db.t4g.small", "identifier": "a"}}, "aws_vpc": {"v": {"cidr_block": "10.0.0.0/16"}}}}""",
            """{"resource": {"aws_db_instance": {"db": {"instance_class": "db.t4g.medium", "identifier": "b"}}, "aws_vpc": {"v": {"cidr_block": "10.1.0.0/16"}}}}""");

        Assert.Empty(Replacements.Find(diff));
    }

    [Fact]
    public void A_force_new_argument_that_refers_to_a_replaced_resource_replaces_it_too()
    {
        var before = """
            {"resource": {"aws_kms_key": {"key": {"multi_region": false}},
              "aws_db_instance": {"db": {"kms_key_id": "${aws_kms_key.key.arn}"}},
              "aws_backup_vault": {"vault": {"name": "v", "kms_key_arn": "${aws_db_instance.db.kms_key_id}"}},
              "aws_cloudwatch_log_group": {"logs": {"name": "l", "kms_key_id": "${aws_kms_key.key.arn}"}}}}
            """;

        var diff = HandMade.Diff(before, before.Replace("\"multi_region\": false", "\"multi_region\": true", StringComparison.Ordinal));

        Assert.Equal(
            [
                ("aws_backup_vault.vault", "kms_key_arn", "aws_db_instance.db"),
                ("aws_db_instance.db", "kms_key_id", "aws_kms_key.key"),
                ("aws_kms_key.key", "multi_region", (string?)null),
            ],
            Found(diff));
    }

    private static IEnumerable<(string Address, string Arguments, string? Dependency)> Found(StackDiff diff) =>
        Replacements.Find(diff).Select(r => (r.Address, string.Join(", ", r.Arguments), r.ReplacedDependency));
}
