using Wumbo.Preview.Resources;
using Wumbo.Preview.Tests.Support;

namespace Wumbo.Preview.Tests.Resources;

public sealed class StackDiffTests
{
    [Fact]
    public void Addresses_added_removed_and_changed_are_creates_destroys_and_updates()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_vpc": {"a": {"cidr_block": "10.0.0.0/16"}, "b": {"cidr_block": "10.1.0.0/16"}, "c": {"cidr_block": "10.2.0.0/16"}}}}""",
            """{"resource": {"aws_vpc": {"b": {"cidr_block": "10.1.0.0/16"}, "c": {"cidr_block": "10.3.0.0/16"}, "d": {"cidr_block": "10.4.0.0/16"}}}}""");

        Assert.Equal(
            [(ChangeAction.Destroy, "aws_vpc.a"), (ChangeAction.Update, "aws_vpc.c"), (ChangeAction.Create, "aws_vpc.d")],
            diff.Changes.Select(c => (c.Action, c.Address)));
        Assert.Equal([new ArgumentChange("cidr_block", "\"10.2.0.0/16\"", "\"10.3.0.0/16\"")], diff.Changes[1].Arguments);
    }

    [Fact]
    public void Nested_values_are_compared_leaf_by_leaf_and_name_the_top_level_argument()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_security_group": {"sg": {"ingress": [{"from_port": 443, "cidr_blocks": ["10.0.0.0/8"]}], "tags": {"Name": "a"}}}}}""",
            """{"resource": {"aws_security_group": {"sg": {"ingress": [{"from_port": 443, "cidr_blocks": ["10.0.0.0/8", "10.1.0.0/16"]}], "tags": {"Name": "b"}}}}}""");

        var change = Assert.Single(diff.Changes);
        Assert.Equal(
            [new ArgumentChange("ingress[0].cidr_blocks[1]", null, "\"10.1.0.0/16\""), new ArgumentChange("tags.Name", "\"a\"", "\"b\"")],
            change.Arguments);
        Assert.Equal(["ingress", "tags"], change.ChangedArguments);
    }

    [Fact]
    public void The_synthesizer_s_metadata_and_depends_on_are_not_changes()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_vpc": {"a": {"//": {"metadata": {"path": "dev/a"}}, "depends_on": ["aws_vpc.x"], "cidr_block": "10.0.0.0/16"}}}}""",
            """{"resource": {"aws_vpc": {"a": {"//": {"metadata": {"path": "dev/b"}}, "depends_on": [], "cidr_block": "10.0.0.0/16"}}}}""");

        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void A_moved_block_turns_a_destroy_and_a_create_into_a_move_and_references_follow_it()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_kms_key": {"old": {"description": "k"}}, "aws_db_instance": {"db": {"kms_key_id": "${aws_kms_key.old.arn}"}}}}""",
            """
            {"moved": [{"from": "aws_kms_key.old", "to": "aws_kms_key.new"}],
             "resource": {"aws_kms_key": {"new": {"description": "k"}}, "aws_db_instance": {"db": {"kms_key_id": "${aws_kms_key.new.arn}"}}}}
            """);

        var move = Assert.Single(diff.Changes);
        Assert.Equal((ChangeAction.Move, "aws_kms_key.new", "aws_kms_key.old"), (move.Action, move.Address, move.MovedFrom));
        Assert.Empty(move.Arguments);
        Assert.Equal("aws_kms_key.old", diff.BaseAddressOf("aws_kms_key.new"));
    }

    [Fact]
    public void A_moved_resource_s_changed_values_are_shown()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_vpc": {"old": {"cidr_block": "10.0.0.0/16"}}}}""",
            """{"moved": [{"from": "aws_vpc.old", "to": "aws_vpc.new"}], "resource": {"aws_vpc": {"new": {"cidr_block": "10.9.0.0/16"}}}}""");

        var move = Assert.Single(diff.Changes);
        Assert.Equal(ChangeAction.Move, move.Action);
        Assert.Equal(["cidr_block"], move.ChangedArguments);
    }

    [Fact]
    public void A_move_an_earlier_apply_made_is_no_change()
    {
        var stack = """{"moved": [{"from": "aws_vpc.old", "to": "aws_vpc.new"}], "resource": {"aws_vpc": {"new": {"cidr_block": "10.0.0.0/16"}}}}""";

        var diff = HandMade.Diff(stack, stack);

        Assert.Empty(diff.Changes);
        Assert.Empty(diff.Moves);
    }

    [Fact]
    public void A_move_to_an_instance_of_a_for_each_resource_counts()
    {
        var diff = HandMade.Diff(
            """{"resource": {"aws_vpc": {"old": {"cidr_block": "10.0.0.0/16"}}}}""",
            """{"moved": [{"from": "aws_vpc.old", "to": "aws_vpc.many[\"a\"]"}], "resource": {"aws_vpc": {"many": {"for_each": "${toset([\"a\"])}", "cidr_block": "10.0.0.0/16"}}}}""");

        var move = Assert.Single(diff.Changes);
        Assert.Equal((ChangeAction.Move, "aws_vpc.many"), (move.Action, move.Address));
    }

    [Fact]
    public void A_missing_side_is_an_empty_stack()
    {
        var added = StackDiff.Compare(null, HandMade.Stack("""{"resource": {"aws_vpc": {"a": {}}}}"""));

        Assert.Equal([ChangeAction.Create], added.Changes.Select(c => c.Action));
    }
}
