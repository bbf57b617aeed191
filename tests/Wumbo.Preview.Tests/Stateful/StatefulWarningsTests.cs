using Wumbo.Preview.Stateful;
using Wumbo.Preview.Tests.Support;

namespace Wumbo.Preview.Tests.Stateful;

public sealed class StatefulWarningsTests
{
    [Fact]
    public void A_removed_stateful_resource_is_destroyed_and_other_types_are_not_warned_about()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_s3_bucket": {"logs": {"bucket": "b"}}, "aws_vpc": {"v": {}}}}""",
            """{"resource": {}}""");

        var warning = Assert.Single(StatefulWarnings.Find(diff, Replacements.Find(diff)));

        Assert.Equal(new StatefulWarning("aws_s3_bucket.logs", "bucket", Replaced: false, "it is no longer in the configuration"), warning);
    }

    [Fact]
    public void A_renamed_stateful_resource_names_the_moved_block_that_keeps_it()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_secretsmanager_secret": {"old": {"name": "dev/plaid"}}}}""",
            """{"resource": {"aws_secretsmanager_secret": {"new": {"name": "dev/plaid"}}}}""");

        var warning = Assert.Single(StatefulWarnings.Find(diff, Replacements.Find(diff)));

        Assert.Contains("add `{\"from\": \"aws_secretsmanager_secret.old\", \"to\": \"aws_secretsmanager_secret.new\"}`", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("`MoveFromId(\"aws_secretsmanager_secret.old\")` on the new resource", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_several_candidates_each_is_named()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_ecr_repository": {"old": {"name": "a"}}}}""",
            """{"resource": {"aws_ecr_repository": {"x": {"name": "a"}, "y": {"name": "b"}}}}""");

        var warning = Assert.Single(StatefulWarnings.Find(diff, Replacements.Find(diff)));

        Assert.Contains("2 of its type are added (`aws_ecr_repository.x`, `aws_ecr_repository.y`)", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_says_which_arguments_force_it()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_cloudwatch_log_group": {"logs": {"name": "a", "log_group_class": "STANDARD", "retention_in_days": 7}}}}""",
            """{"resource": {"aws_cloudwatch_log_group": {"logs": {"name": "b", "log_group_class": "INFREQUENT_ACCESS", "retention_in_days": 30}}}}""");

        var warning = Assert.Single(StatefulWarnings.Find(diff, Replacements.Find(diff)));

        Assert.Equal(new StatefulWarning("aws_cloudwatch_log_group.logs", "log group", Replaced: true, "`log_group_class`, `name` force a new resource"), warning);
    }
}
