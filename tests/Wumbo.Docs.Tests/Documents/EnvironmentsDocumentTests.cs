using Wumbo.Docs.Documents.Environments;
using Wumbo.Docs.Tests.Support;
using Wumbo.Model.Domain;
using Wumbo.Model.Shapes;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>ENVIRONMENTS.md compares the models setting by setting, generically, rather than listing differences by hand.</summary>
public sealed class EnvironmentsDocumentTests
{
    [Fact]
    public void A_model_flattens_into_yaml_paths_and_values_as_the_file_writes_them()
    {
        var settings = SettingsFlattener.Flatten(CheckedIn.Model("development")).ToDictionary(s => s.Path, s => s.Value, StringComparer.Ordinal);

        Assert.Equal("development", settings["environment.tier"]);
        Assert.Equal("null", settings["environment.account_id"]);
        Assert.Equal("built-by-dusty", settings["environment.tags.Owner"]);
        Assert.Equal("arm64", settings["compute.cpu_architecture"]);
        Assert.Equal("github-oidc-role", settings["registry.ci_access.kind"]);
        Assert.Equal("512", settings["compute.services[backend].cpu"]);
        Assert.Equal("null", settings["compute.services[beat].autoscaling"]);
        Assert.Equal("development/wumbo/plaid", settings["security.secrets[plaid].name"]);
        Assert.Equal("[ecr.api, ecr.dkr, secretsmanager, logs, email-smtp, s3]", settings["network.vpc_endpoints"]);
        Assert.Equal("[10.10.0.0/24, 10.10.1.0/24]", settings["network.subnets.public"]);
        Assert.Equal("wumbo-development", settings["state_backend.terraform_cloud.workspace"]);
    }

    [Fact]
    public void Every_section_of_the_model_is_flattened()
    {
        var paths = SettingsFlattener.Flatten(CheckedIn.Model("production")).Select(s => s.Path).ToList();

        Assert.All(ModelShapes.Environment.Members, section => Assert.Contains(paths, p => p.StartsWith(section.WireName + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Values_that_differ_only_by_the_environment_s_own_name_are_the_same_setting()
    {
        var paths = View().Rows.Select(r => r.Path).ToList();

        Assert.DoesNotContain("security.secrets[plaid].name", paths);
        Assert.DoesNotContain("registry.repositories[backend].name", paths);
        Assert.DoesNotContain("monitoring.alarm_topic_name", paths);
        Assert.DoesNotContain("compute.service_discovery_namespace", paths);
        Assert.DoesNotContain("state_backend.terraform_cloud.workspace", paths);
        Assert.Contains("environment.tier", paths);
        Assert.Contains("mobile.eas_build_profile", paths);
        Assert.Contains("mobile.ios_bundle_id", paths);
    }

    [Fact]
    public void Each_differing_setting_has_one_value_per_environment_in_tier_order()
    {
        var view = View();

        Assert.Equal(["development", "staging", "production"], view.Environments);
        Assert.Equal(["1", "1", "2"], view.Rows.Single(r => r.Path == "network.nat_gateways").Values.Select(v => v.Text));
        Assert.Equal(["develop", "null", "main"], view.Rows.Single(r => r.Path == "environment.git_branch").Values.Select(v => v.Text));
        Assert.DoesNotContain(view.Rows, r => r.Path == "cache.engine_version");
        Assert.True(view.SettingsCompared > view.Rows.Length);
    }

    [Fact]
    public void A_setting_one_environment_lacks_is_absent_there()
    {
        var production = CheckedIn.Model("production") with { StateBackend = new LocalStateBackend("production.tfstate") };
        var view = EnvironmentsView.From([CheckedIn.Model("development"), production]);

        Assert.Equal([true, false], view.Rows.Single(r => r.Path == "state_backend.terraform_cloud.organization").Values.Select(v => v.Present));
        Assert.Equal(["", "production.tfstate"], view.Rows.Single(r => r.Path == "state_backend.local.path").Values.Select(v => v.Text));
    }

    [Fact]
    public void The_document_is_a_table_with_a_column_per_environment()
    {
        var text = CheckedIn.Document("ENVIRONMENTS.md");

        Assert.Contains("| Setting | development | staging | production |\n| --- | --- | --- | --- |\n", text, StringComparison.Ordinal);
        Assert.Contains("| `network.nat_gateways` | `1` | `1` | `2` |\n", text, StringComparison.Ordinal);
        Assert.Contains("| `cache.node_type` | `cache.t4g.micro` | `cache.t4g.micro` | `cache.r7g.large` |\n", text, StringComparison.Ordinal);
    }

    private static EnvironmentsView View() => EnvironmentsView.From(CheckedIn.Context.Environments);
}
