using Wumbo.Docs.Stacks;
using Wumbo.Docs.Tests.Support;

namespace Wumbo.Docs.Tests.Stacks;

public sealed class StackFactsTests
{
    private const string Stack = """
        {
          "output": {
            "run": { "description": "Runs it.", "value": "run --family ${aws_ecs_task_definition.task_A.family} --group ${aws_security_group.group_B.id} --subnets ${join(\",\", [aws_subnet.a_C.id])}" },
            "urls": { "value": { "backend": "${aws_ecr_repository.repo_D.repository_url}" } }
          },
          "resource": {
            "aws_ecs_task_definition": { "task_A": { "family": "development-wumbo-migration" } },
            "aws_security_group": { "group_B": { "name": "development-wumbo-migration" } },
            "aws_flow_log": { "log_E": { "log_destination": "${aws_cloudwatch_log_group.group_F.arn}" } },
            "aws_cloudwatch_log_group": { "group_F": { "name": "/aws/vpc/flow-logs", "tags": ["a", "b"] } }
          }
        }
        """;

    [Fact]
    public void Outputs_are_read_with_their_descriptions_and_values()
    {
        var facts = StackFacts.Parse("development", Stack);

        Assert.Equal(["run", "urls"], facts.Outputs.Select(o => o.Name));
        Assert.Equal("Runs it.", facts.Output("run").Description);
        Assert.Null(facts.Output("urls").Text);
        Assert.True(facts.HasOutput("urls"));
        Assert.Throws<KeyNotFoundException>(() => facts.Output("missing"));
    }

    [Fact]
    public void Literal_arguments_are_filled_in_and_what_terraform_knows_at_apply_stays()
    {
        var facts = StackFacts.Parse("development", Stack);

        Assert.Equal(
            "run --family development-wumbo-migration --group ${aws_security_group.group_B.id} --subnets ${join(\",\", [aws_subnet.a_C.id])}",
            facts.ResolveLiterals(facts.Output("run").Text!));
    }

    [Fact]
    public void A_plain_reference_leads_to_its_resource()
    {
        var facts = StackFacts.Parse("development", Stack);
        var flowLog = facts.Resources("aws_flow_log").Single();

        Assert.Equal("/aws/vpc/flow-logs", facts.Referenced(flowLog.Text("log_destination"))?.Text("name"));
        Assert.Null(facts.Referenced("prefix ${aws_cloudwatch_log_group.group_F.arn}"));
        Assert.Null(facts.Referenced(null));
        Assert.Equal(["a", "b"], facts.Resource("aws_cloudwatch_log_group.group_F")!.Strings("tags"));
    }

    [Fact]
    public void Every_checked_in_stack_has_the_outputs_the_documents_read()
    {
        Assert.All(CheckedIn.Context.Environments, environment =>
        {
            var stack = CheckedIn.Context.Stack(environment);
            Assert.All(["migration_command", "ci_principal_arn", "ecr_repository_urls", "secret_arns"], name => Assert.True(stack.HasOutput(name), name));
            Assert.StartsWith("aws ecs run-task", stack.Output("migration_command").Text, StringComparison.Ordinal);
        });
    }
}
