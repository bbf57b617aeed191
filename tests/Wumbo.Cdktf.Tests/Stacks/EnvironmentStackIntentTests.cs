namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>What every stack says about itself: provider, tags, state, and what its output never holds. The facts of each construct are in their own files.</summary>
public sealed class EnvironmentStackIntentTests
{
    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_aws_provider_is_pinned_exactly_with_its_full_source(string environment) =>
        WumboStacks.For(environment).HasTerraformSettings(new { required_providers = new { aws = new { source = "hashicorp/aws", version = "5.100.0" } } });

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_resource_is_tagged_with_project_environment_and_manager(string environment) =>
        WumboStacks.For(environment).HasProviderWithProperties("aws", new
        {
            default_tags = new[] { new { tags = new { Project = "wumbo", Environment = environment, ManagedBy = "wumbo-cdktf" } } },
        });

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void State_lives_in_the_environment_s_own_terraform_cloud_workspace(string environment)
    {
        WumboStacks.For(environment).HasTerraformSettings(new { cloud = new { organization = "built-by-dusty", workspaces = new { name = $"wumbo-{environment}" } } });
        Assert.Equal("cloud", (string?)WumboStacks.Stack(environment)["//"]!["metadata"]!["backend"]);
    }

    [Fact]
    public void No_output_holds_anything_that_looks_like_a_secret()
    {
        var text = string.Concat(WumboStacks.Synthesized.Artifacts.Select(a => a.Content));

        // A password-like argument with a string value; a flag such as manage_master_user_password is fine.
        Assert.DoesNotMatch("AKIA[0-9A-Z]{16}|PRIVATE KEY|(password|passwords|auth_token|secret_string)\"\\s*:\\s*[\"\\[]", text);
    }

    [Fact]
    public void The_output_holds_no_machine_paths()
    {
        var text = string.Concat(WumboStacks.Synthesized.Artifacts.Select(a => a.Content));

        // The containers' writable /tmp, and the model's own commands that write there, are stated on purpose.
        string[] stated = ["\\\"containerPath\\\" = \\\"/tmp\\\"", "--schedule=/tmp/celerybeat-schedule"];
        var machineText = stated.Aggregate(text, (current, snippet) => current.Replace(snippet, string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(Wumbo.Testing.RepositoryPaths.Root, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.CurrentDirectory, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), machineText, StringComparison.Ordinal);
    }
}
