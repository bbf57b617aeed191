using Scriban.Runtime;
using Wumbo.Docs.Rendering;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>The script objects of one environment's components, member for member from the facts records.</summary>
internal static partial class DeploymentScriptModel
{
    private static ScriptObject Network(NetworkFacts n) =>
        ScriptModel.Object(
            ("vpc_cidr", n.VpcCidr),
            ("zones", n.Zones),
            ("public_subnets", ScriptModel.Texts(n.PublicSubnets)),
            ("private_subnets", ScriptModel.Texts(n.PrivateSubnets)),
            ("isolated_subnets", ScriptModel.Texts(n.IsolatedSubnets)),
            ("nat_gateways", n.NatGateways),
            ("interface_endpoints", ScriptModel.Texts(n.InterfaceEndpoints)),
            ("gateway_endpoints", ScriptModel.Texts(n.GatewayEndpoints)),
            ("flow_log_traffic", n.FlowLogTraffic),
            ("flow_log_retention_days", n.FlowLogRetentionDays),
            ("flow_log_group", n.FlowLogGroup),
            ("key_alias", n.KeyAlias));

    private static ScriptObject Registry(RegistryFacts r) =>
        ScriptModel.Object(
            ("repositories", ScriptModel.Texts(r.Repositories)),
            ("keep_tagged_images", r.KeepTaggedImages),
            ("expire_untagged_after_days", r.ExpireUntaggedAfterDays),
            ("ci", ScriptModel.Object(
                ("is_oidc_role", r.Ci.IsOidcRole),
                ("principal_name", r.Ci.PrincipalName),
                ("github_repository", r.Ci.GithubRepository),
                ("branches", ScriptModel.Texts(r.Ci.Branches)),
                ("owns_oidc_provider", r.Ci.OwnsOidcProvider),
                ("oidc_provider_owner", r.Ci.OidcProviderOwner))));

    private static ScriptObject Database(DatabaseFacts d) =>
        ScriptModel.Object(
            ("identifier", d.Identifier),
            ("engine_version", d.EngineVersion),
            ("instance_class", d.InstanceClass),
            ("graviton", d.Graviton),
            ("multi_az", d.MultiAz),
            ("storage_gb", d.StorageGb),
            ("max_storage_gb", d.MaxStorageGb),
            ("backup_retention_days", d.BackupRetentionDays),
            ("backup_plan", d.BackupPlan),
            ("performance_insights", d.PerformanceInsights),
            ("enhanced_monitoring_seconds", d.EnhancedMonitoringSeconds),
            ("deletion_protection", d.DeletionProtection),
            ("database_name", d.DatabaseName),
            ("master_username", d.MasterUsername));

    private static ScriptObject Cache(CacheFacts c) =>
        ScriptModel.Object(
            ("id", c.Id),
            ("engine_version", c.EngineVersion),
            ("node_type", c.NodeType),
            ("graviton", c.Graviton),
            ("nodes", c.Nodes),
            ("multi_az", c.MultiAz),
            ("at_rest_encryption", c.AtRestEncryption),
            ("transit_encryption", c.TransitEncryption),
            ("snapshot_retention_days", c.SnapshotRetentionDays));

    private static ScriptObject Compute(ComputeFacts c) =>
        ScriptModel.Object(
            ("cluster", c.Cluster),
            ("container_insights", c.ContainerInsights),
            ("architecture", c.Architecture),
            ("namespace", c.Namespace),
            ("load_balancer", ScriptModel.Object(
                ("name", c.LoadBalancer.Name),
                ("idle_timeout_seconds", c.LoadBalancer.IdleTimeoutSeconds),
                ("deletion_protection", c.LoadBalancer.DeletionProtection),
                ("access_logs", c.LoadBalancer.AccessLogs),
                ("firewall", c.LoadBalancer.Firewall))),
            ("services", ScriptModel.List(c.Services, s => ScriptModel.Object(
                ("short_name", s.ShortName),
                ("name", s.Name),
                ("role", s.Role),
                ("repository", s.Repository),
                ("cpu", s.Cpu),
                ("memory", s.Memory),
                ("desired_count", s.DesiredCount),
                ("min_count", s.MinCount),
                ("max_count", s.MaxCount),
                ("autoscaling", s.Autoscaling),
                ("log_group", s.LogGroup)))),
            ("migration", ScriptModel.Object(
                ("family", c.Migration.Family),
                ("repository", c.Migration.Repository),
                ("cpu", c.Migration.Cpu),
                ("memory", c.Migration.Memory),
                ("command", c.Migration.Command),
                ("log_group", c.Migration.LogGroup),
                ("run_command", c.Migration.RunCommand))));

    private static ScriptObject Monitoring(MonitoringFacts m) =>
        ScriptModel.Object(
            ("alarm_topic", m.AlarmTopic),
            ("alarm_emails", ScriptModel.Texts(m.AlarmEmails)),
            ("alarms", ScriptModel.List(m.Alarms, a => ScriptModel.Object(("name", a.Name), ("description", a.Description)))),
            ("log_groups", ScriptModel.List(m.LogGroups, g => ScriptModel.Object(("name", g.Name), ("holds", g.Holds), ("retention_days", g.RetentionDays)))));

    private static ScriptObject Edge(EdgeFacts e) =>
        ScriptModel.Object(
            ("hosting", e.Hosting),
            ("is_amplify", e.IsAmplify),
            ("amplify_app", e.AmplifyApp),
            ("frontend_branch", e.FrontendBranch),
            ("web_host", e.WebHost),
            ("frontend_outputs", ScriptModel.List(e.FrontendOutputs, o => ScriptModel.Object(("name", o.Name), ("description", o.Description)))),
            ("zone", e.Zone),
            ("api_host", e.ApiHost),
            ("certificate", e.Certificate),
            ("email_domain", e.EmailDomain),
            ("from_address", e.FromAddress),
            ("owns_email_identity", e.OwnsEmailIdentity),
            ("email_identity_owner", e.EmailIdentityOwner));
}
