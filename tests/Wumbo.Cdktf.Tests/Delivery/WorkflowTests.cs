using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Wumbo.Cdktf.Tests.Hosting;
using Wumbo.Cdktf.Tests.Stacks;
using Wumbo.Model.Domain;
using Wumbo.Testing;
using static Wumbo.Cdktf.Tests.Delivery.Workflow;

namespace Wumbo.Cdktf.Tests.Delivery;

/// <summary>The delivery workflow checked against the repository and the model: what it names exists and means what it says.</summary>
public sealed partial class WorkflowTests
{
    private static readonly Workflow Subject = Infrastructure;

    private static readonly string[] Environments = ["development", "staging", "production"];

    [Fact]
    public void Every_action_is_pinned_by_a_full_commit_sha_with_its_tag_beside_it()
    {
        Assert.NotEmpty(Subject.UsesLines);
        Assert.All(Subject.UsesLines, uses => Assert.Matches(PinnedAction(), uses));
    }

    [Fact]
    public void The_token_has_no_permission_by_default_and_each_job_only_what_it_needs()
    {
        Assert.Empty(Mapping(Subject.Root, "permissions").Children);
        var granted = Subject.Jobs.ToDictionary(
            job => job.Id,
            job => Mapping(job.Job, "permissions").Children.Select(p => $"{p.Key}: {p.Value}").Order(StringComparer.Ordinal).ToList());

        Assert.Equal(
            new Dictionary<string, List<string>>
            {
                ["check"] = ["contents: read"],
                ["preview"] = ["contents: read", "pull-requests: write"],
                ["target"] = ["contents: read"],
                ["deploy"] = ["contents: read"],
            },
            granted);
    }

    [Fact]
    public void Terraform_Clouds_token_is_the_only_secret_and_no_checkout_keeps_credentials()
    {
        Assert.Equal(["TF_API_TOKEN"], SecretReference().Matches(Subject.Text).Select(m => m.Groups["name"].Value).Distinct());
        var checkouts = Subject.Steps.Where(step => Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(checkouts);
        Assert.All(checkouts, step => Assert.Equal("false", Scalar(Mapping(step, "with"), "persist-credentials")));
    }

    [Fact]
    public void The_branches_it_deploys_are_the_environments_git_branches_and_dispatch_offers_every_environment()
    {
        var modelBranches = Environments.Select(e => WumboStacks.Model(e).Environment.GitBranch).OfType<string>().Order(StringComparer.Ordinal);

        Assert.Equal(modelBranches, Strings(Mapping(Subject.Triggers, "push"), "branches").Order(StringComparer.Ordinal));
        Assert.Equal(modelBranches, Strings(Mapping(Subject.Triggers, "pull_request"), "branches").Order(StringComparer.Ordinal));
        var choice = Mapping(Mapping(Mapping(Subject.Triggers, "workflow_dispatch"), "inputs"), "environment");
        Assert.Equal(Environments.Order(StringComparer.Ordinal), Strings(choice, "options").Order(StringComparer.Ordinal));
        // The branch → environment lookup reads the model's field rather than a second copy of the mapping.
        Assert.Contains(StepsOf(Subject.Job("target")).Select(step => Scalar(step, "run") ?? ""), run => run.Contains(".environment.git_branch", StringComparison.Ordinal) && run.Contains("environments/*.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deploy_waits_for_the_checks_and_for_its_environments_approval_and_runs_alone()
    {
        var deploy = Subject.Job("deploy");
        const string Target = "${{ needs.target.outputs.environment }}";

        Assert.Equal(["check", "target"], Strings(deploy, "needs"));
        Assert.Equal(Target, Scalar(deploy, "environment"));
        var concurrency = Mapping(deploy, "concurrency");
        Assert.Equal("terraform-cloud-" + Target, Scalar(concurrency, "group"));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
        Assert.Equal(
            ["upload-configuration", "create-run", "apply-run"],
            StepsOf(deploy).Select(step => Scalar(step, "uses")).OfType<string>()
                .Where(uses => uses.StartsWith("hashicorp/tfc-workflows-github/", StringComparison.Ordinal))
                .Select(uses => uses.Split('@')[0].Split('/')[^1]));
    }

    [Fact]
    public void Every_path_and_project_it_names_exists()
    {
        var named = Subject.Scripts.Concat(Subject.ActionInputs)
            .SelectMany(text => RepositoryPath().Matches(text).Select(m => m.Groups["path"].Value))
            .Distinct()
            .ToList();

        Assert.Contains("src/Wumbo.Cdktf", named);
        Assert.Contains("src/Wumbo.Preview", named);
        Assert.All(named, path => Assert.True(
            File.Exists(Path.Combine(RepositoryPaths.Root, path)) || Directory.Exists(Path.Combine(RepositoryPaths.Root, path)),
            $"{RelativePath} names {path}, which the repository does not have"));
        Assert.All(
            ProjectArgument().Matches(string.Join('\n', Subject.Scripts)).Select(m => m.Groups["path"].Value),
            project => Assert.Single(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, project), "*.csproj")));
    }

    [Fact]
    public void The_folder_it_uploads_is_the_stack_the_synthesizer_writes_with_its_Terraform_Cloud_workspace()
    {
        var upload = StepsOf(Subject.Job("deploy")).Single(step => Scalar(step, "uses")?.Contains("/upload-configuration@", StringComparison.Ordinal) == true);
        Assert.Equal("cdktf.out/stacks/${{ needs.target.outputs.environment }}", Scalar(Mapping(upload, "with"), "directory"));
        var synthesize = StepsOf(Subject.Job("deploy")).Select(step => Scalar(step, "run")).OfType<string>().Single(run => run.Contains("src/Wumbo.Cdktf", StringComparison.Ordinal));
        Assert.Contains("""-- --env "$ENVIRONMENT" --out cdktf.out""", synthesize, StringComparison.Ordinal);

        // As the deploy job runs it: one environment, and the stack's cloud block names the workspace to run in.
        Assert.All(Environments, environment =>
        {
            using var run = new SynthRun();
            Assert.Equal(0, run.Run(null, "--env", environment));
            var stack = run.OutputFiles()[$"stacks/{environment}/cdk.tf.json"];
            var cloud = JsonNode.Parse(stack)!["terraform"]!["cloud"];
            var backend = Assert.IsType<TerraformCloudStateBackend>(WumboStacks.Model(environment).StateBackend);
            Assert.Equal(backend.Organization, (string?)cloud?["organization"]);
            Assert.Equal(backend.Workspace, (string?)cloud?["workspaces"]?["name"]);
        });
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w.-]+)*@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"secrets\.(?<name>\w+)")]
    private static partial Regex SecretReference();

    /// <summary>A repository path, seen from the root or from the preview job's <c>head/</c> and <c>base/</c> checkouts.</summary>
    [GeneratedRegex(@"(?<![\w/.-])(?:(?:head|base)/)?(?<path>(?:src|tools|tests|environments)/[\w.-]+|\.ci/run|global\.json)")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"--project (?:(?:head|base)/)?(?<path>\S+)")]
    private static partial Regex ProjectArgument();
}
