using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Container definitions (<c>container_definitions</c>, a JSON string). Secure by default (SECURITY-RULES C1,
/// C2, C5, C9): never privileged, a read-only root file system with a writable <c>/tmp</c> volume, logs to the
/// task's log group, and secrets only as <c>secrets[].valueFrom</c> references that ECS resolves at start;
/// plain variables carry no secret and no name a scanner reads as one (pitfall 8).
/// </summary>
/// <remarks>
/// Images: Terraform registers each task definition with the tag <see cref="BootstrapTag"/>; CI pushes
/// <c>:&lt;git sha&gt;</c>, registers a new revision from the latest one with its image swapped, and updates the
/// service. The services ignore changes to their task definition, so an apply never rolls a deployment back;
/// a configuration change Terraform makes reaches the tasks at CI's next deploy (see Stacks/README.md).
/// </remarks>
internal sealed class ContainerSettings(StackContext context, ComputeDependencies dependencies, AwsIamRole executionRole)
{
    /// <summary>The tag of the image the first revision of every task definition names; push it once per repository.</summary>
    public const string BootstrapTag = "bootstrap";

    public AwsIamRole ExecutionRole => executionRole;

    /// <summary>Every secret a container of this environment reads: the execution role may read these and no other.</summary>
    public IReadOnlyList<TfString> SecretArns =>
    [
        dependencies.Database.MasterSecretArn,
        .. context.Environment.Compute.Services.SelectMany(s => s.Secrets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => dependencies.Secrets[id].Arn),
    ];

    public TfString Definitions(ContainerSpec spec)
    {
        var logs = Tf.Map(
            ("logDriver", "awslogs"),
            ("options", Tf.Map(("awslogs-group", spec.LogGroup.Name), ("awslogs-region", context.Region), ("awslogs-stream-prefix", spec.Name))));
        (string, Expression)[] ports = spec.Port is { } port
            ? [("portMappings", Tf.List(Tf.Map(("containerPort", port), ("protocol", "tcp"))))]
            : [];
        return Fn.Jsonencode(Tf.List(Tf.Map(
        [
            ("name", spec.Name),
            ("image", Tf.Template($"{dependencies.Repositories[spec.ImageRepository].RepositoryUrl}:{BootstrapTag}")),
            ("essential", true),
            ("command", Tf.List([.. spec.Command.Select(c => (Expression)c)])),
            .. ports,
            ("environment", Tf.List([.. Variables(spec).Select(v => Tf.Map(("name", v.Name), ("value", v.Value.Expression)))])),
            ("secrets", Tf.List([.. Secrets(spec).Select(s => Tf.Map(("name", s.Name), ("valueFrom", s.ValueFrom.Expression)))])),
            ("readonlyRootFilesystem", true),
            ("privileged", false),
            ("mountPoints", Tf.List(Tf.Map(("sourceVolume", TaskDefinitions.TmpVolume), ("containerPath", "/tmp"), ("readOnly", false)))),
            ("logConfiguration", logs),
        ])));
    }

    private IEnumerable<(string Name, TfString Value)> Variables(ContainerSpec spec)
    {
        var environment = context.Environment;
        yield return ("ENVIRONMENT", environment.Name);
        yield return ("AWS_REGION", context.Region);
        yield return ("API_URL", context.Names.ApiUrl);
        yield return ("FRONTEND_URL", "https://" + context.Names.FrontendHost);
        if (spec.UsesDatabase)
        {
            yield return ("DATABASE_HOST", dependencies.Database.Instance.AddressAttribute);
            yield return ("DATABASE_PORT", Database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return ("DATABASE_NAME", environment.Database.DatabaseName);
        }

        if (spec.UsesCache)
        {
            yield return ("REDIS_HOST", dependencies.Cache.PrimaryEndpoint);
            yield return ("REDIS_PORT", Cache.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return ("REDIS_TLS", environment.Cache.TransitEncryption ? "true" : "false");
            yield return ("REDIS_USER", dependencies.Cache.Users.App.UserId);
            yield return ("REDIS_CACHE_NAME", context.Names.Cache);
        }

        if (spec.SendsEmail)
        {
            yield return ("EMAIL_FROM", environment.Email.FromAddress.Value);
        }
    }

    // valueFrom "<secret arn>:<json key>::" picks one key of the secret's JSON (the AWSCURRENT version).
    private IEnumerable<(string Name, TfString ValueFrom)> Secrets(ContainerSpec spec)
    {
        if (spec.UsesDatabase)
        {
            yield return ("DATABASE_USERNAME", Tf.Template($"{dependencies.Database.MasterSecretArn}:username::"));
            yield return ("DATABASE_PASSWORD", Tf.Template($"{dependencies.Database.MasterSecretArn}:password::"));
        }

        foreach (var id in spec.SecretIds)
        {
            var secret = context.Environment.Security.Secrets.Single(s => s.Id == id);
            foreach (var key in secret.Keys)
            {
                yield return (EnvironmentNames.SecretVariable(id, key), Tf.Template($"{dependencies.Secrets[id].Arn}:{key}::"));
            }
        }
    }
}
