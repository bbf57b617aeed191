using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The stack of one environment: the AWS provider (region, account pin, default tags), its state backend, and
/// the constructs named after the seed's stacks, compiled from the model: security (key, network, endpoints,
/// flow logs, secrets), ecr, database, cache, dns, compute, monitoring and frontend. Their construct ids are
/// part of every resource's Terraform address: see Stacks/README.md before renaming one.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A TerraformStack, named as cdktf names stacks.")]
public sealed class EnvironmentStack : TerraformStack
{
    private const string CloudFrontRegion = "us-east-1";

    public EnvironmentStack(App app, EnvironmentModel environment)
        : base(app, environment.Name)
    {
        _ = Provider(environment, "aws", alias: null, environment.Environment.Region.Value);
        StateBackends.Attach(this, environment);

        var caller = new DataAwsCallerIdentity(this, "account", new DataAwsCallerIdentityConfig());
        var security = new Security(this, "security", new StackContext(environment, caller.AccountId, Key: null));
        var context = security.Context;
        var ecr = new Ecr(this, "ecr", context);
        var database = new Database(this, "database", context, security.Network);
        var cache = new Cache(this, "cache", context, security.Network);
        var dns = new Dns(this, "dns", context);
        var compute = new Compute(this, "compute", context, new ComputeDependencies(
            security.Network, ecr.Repositories, database, cache, security.Secrets, dns.ApiCertificate.Arn));
        _ = dns.PointApiAt(context, compute.LoadBalancer.Alb);
        var ci = ecr.GrantCiAccess(compute.DeployTargets(context));
        var monitoring = new Monitoring(this, "monitoring", context, new MonitoredResources(compute.LoadBalancer, compute.Services, database, cache, compute.Cluster));
        var frontend = new Frontend(this, "frontend", context, dns, CloudFrontProvider(environment));

        new StackOutputs(this, context).Write(security, ecr, database, cache, compute, monitoring, frontend, ci);
    }

    // CloudFront takes certificates from us-east-1 only; elsewhere the stack gets a second provider there.
    private AwsProvider? CloudFrontProvider(EnvironmentModel environment) =>
        environment.Frontend.Hosting != FrontendHosting.S3CloudFront || environment.Environment.Region.Value == CloudFrontRegion
            ? null
            : Provider(environment, "aws-us-east-1", "us_east_1", CloudFrontRegion);

    // Every configuration of the provider pins the account (when the model names one) and tags every resource.
    private AwsProvider Provider(EnvironmentModel environment, string id, string? alias, string region) =>
        new(this, id, new AwsProviderConfig
        {
            Alias = alias,
            Region = region,
            AllowedAccountIds = environment.Environment.AccountId is { } account ? TfList.Create<TfString>([account]) : null,
            DefaultTags = [new AwsProviderDefaultTags { Tags = TfMap.Strings(ResourceTags.Defaults(environment)) }],
        });
}
