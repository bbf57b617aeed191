namespace Wumbo.Model.Domain;

/// <summary>
/// The names an environment's resources carry in AWS, derived once so that the stacks, the docs and CI use the
/// same spelling: <c>&lt;env&gt;-wumbo-&lt;what&gt;</c> as in the deployment summary (development-wumbo-backend),
/// log groups <c>/aws/ecs/&lt;service&gt;</c>. Names the model states itself (secrets, repositories, the alarm
/// topic, hosts, the hosted zone) are returned as stated.
/// </summary>
public sealed class EnvironmentNames(EnvironmentModel model)
{
    /// <summary><c>&lt;env&gt;-wumbo</c>: the ECS cluster, the database instance and the cache replication group.</summary>
    public string Prefix { get; } = model.Name + "-wumbo";

    public string Cluster => Prefix;

    public string Database => Prefix;

    public string Cache => Prefix;

    /// <summary><c>&lt;env&gt;-wumbo-&lt;suffix&gt;</c>, for example the load balancer's <c>development-wumbo-api</c>.</summary>
    public string Resource(string suffix) => Prefix + "-" + suffix;

    /// <summary>The ECS service and its task definition family, for example <c>production-wumbo-worker</c>.</summary>
    public string Service(ServiceDefinition service) => Resource(service.Name);

    public string ServiceLogGroup(ServiceDefinition service) => LogGroup(Service(service));

    /// <summary>The task definition family of the database migration.</summary>
    public string Migration => Resource("migration");

    public string MigrationLogGroup => LogGroup(Migration);

    public string LoadBalancer => Resource("api");

    /// <summary>The IAM role a service's containers run as (its permissions: SES, the cache, ...).</summary>
    public string TaskRole(ServiceDefinition service) => Resource(service.Name + "-task");

    public string AlarmTopic => model.Monitoring.AlarmTopicName;

    /// <summary>The Route 53 hosted zone the stacks look up and add their records to, for example <c>wumbo.app</c>.</summary>
    public string HostedZone => model.Dns.Domain;

    public string ApiHost => model.Dns.ApiHost;

    public string ApiUrl => model.Dns.ApiUrl;

    public string FrontendHost => model.Frontend.Host;

    public string Secret(string id) => model.Security.Secrets.Single(s => s.Id == id).Name;

    public string Repository(string id) => model.Registry.Repositories.Single(r => r.Id == id).Name;

    /// <summary>
    /// The environment variable a container receives one key of a secret in: <c>&lt;SECRET ID&gt;_&lt;KEY&gt;</c>,
    /// upper case, hyphens as underscores (plaid's client_id is PLAID_CLIENT_ID).
    /// </summary>
    public static string SecretVariable(string secretId, string key) =>
        (secretId + "_" + key).ToUpperInvariant().Replace('-', '_');

    private static string LogGroup(string name) => "/aws/ecs/" + name;
}
