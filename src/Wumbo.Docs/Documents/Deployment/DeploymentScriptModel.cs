using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// What <c>deployment.scriban</c> and its partials may read: <c>environments[]</c> (tier order), <c>setup_order[]</c>
/// (the same objects, in the order of their first applies) and <c>next_steps</c>. Members are the view's, in
/// snake_case; one environment's components are in <c>DeploymentScriptModel.Components.cs</c>.
/// </summary>
internal static partial class DeploymentScriptModel
{
    public const string Template = "deployment.scriban";

    public static ScriptObject Create(DeploymentView view)
    {
        var environments = view.Environments.ToDictionary(e => e.Name, Environment, StringComparer.Ordinal);
        var steps = view.NextSteps;
        return ScriptModel.Object(
            ("environments", ScriptModel.List(view.Environments, e => environments[e.Name])),
            ("setup_order", ScriptModel.List(view.SetupOrder, name => environments[name])),
            ("policy_rule_count", Wumbo.Policies.Rules.PolicyRules.All.Length),
            ("next_steps", ScriptModel.Object(
                ("ses_identity", steps.SesIdentity),
                ("certificates", steps.Certificates),
                ("dns_records", steps.DnsRecords),
                ("migration_task", steps.MigrationTask),
                ("production_firewall", steps.ProductionFirewall),
                ("cloudfront", steps.CloudFront),
                ("database_backups", steps.DatabaseBackups))));
    }

    private static ScriptObject Environment(EnvironmentDeployment e) =>
        ScriptModel.Object(
            ("name", e.Name),
            ("tier", e.Tier),
            ("branch", e.Branch),
            ("purpose", e.Purpose),
            ("region", e.Region),
            ("stack_file", e.StackFile),
            ("resource_count", e.ResourceCount),
            ("api_url", e.ApiUrl),
            ("web_url", e.WebUrl),
            ("diagram", e.Diagram),
            ("cost_total", e.CostTotal),
            ("cost_lines_without_price", e.CostLinesWithoutPrice),
            ("network", Network(e.Network)),
            ("secrets", ScriptModel.List(e.Secrets, Secret)),
            ("waivers", ScriptModel.List(e.Waivers, w => ScriptModel.Object(("rule", w.Rule), ("title", w.Title), ("resource", w.Resource), ("reason", w.Reason), ("expires", w.Expires)))),
            ("registry", Registry(e.Registry)),
            ("database", Database(e.Database)),
            ("cache", Cache(e.Cache)),
            ("compute", Compute(e.Compute)),
            ("monitoring", Monitoring(e.Monitoring)),
            ("edge", Edge(e.Edge)),
            ("mobile", ScriptModel.Object(("build_profile", e.Mobile.BuildProfile), ("ios_bundle_id", e.Mobile.IosBundleId), ("android_package", e.Mobile.AndroidPackage))),
            ("setup", ScriptModel.Object(
                ("state", e.Setup.State),
                ("deploys_first", e.Setup.DeploysFirst),
                ("bootstrap_images", ScriptModel.Texts(e.Setup.BootstrapImages)),
                ("secrets_to_fill", ScriptModel.List(e.Setup.SecretsToFill, Secret)),
                ("unread_secrets", ScriptModel.List(e.Setup.UnreadSecrets, Secret)))));

    private static ScriptObject Secret(SecretFacts secret) =>
        ScriptModel.Object(
            ("name", secret.Name),
            ("description", secret.Description),
            ("keys", ScriptModel.Texts(secret.Keys)),
            ("read_by", ScriptModel.Texts(secret.ReadBy)),
            ("value_skeleton", secret.ValueSkeleton));
}
