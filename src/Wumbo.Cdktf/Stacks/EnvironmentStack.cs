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
        var tags = TfList.Create([new AwsProviderDefaultTags { Tags = TfMap.Strings(ResourceTags.Defaults(environment)) }]);
        _ = new AwsProvider(this, "aws", new AwsProviderConfig
        {
            Region = environment.Environment.Region.Value,
            AllowedAccountIds = environment.Environment.AccountId is { } account ? TfList.Create<TfString>([account]) : null,
            DefaultTags = tags,
        });
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
        var frontend = new Frontend(this, "frontend", context, dns, CloudFrontProvider(environment, tags));

        new StackOutputs(this, context).Write(security, ecr, database, cache, compute, monitoring, frontend, ci);
    }

    // CloudFront takes certificates from us-east-1 only; elsewhere the stack gets a second provider there.
    private AwsProvider? CloudFrontProvider(EnvironmentModel environment, TfList<AwsProviderDefaultTags> tags) =>
        environment.Frontend.Hosting != FrontendHosting.S3CloudFront || environment.Environment.Region.Value == CloudFrontRegion
            ? null
            : new AwsProvider(this, "aws-us-east-1", new AwsProviderConfig
            {
                Alias = "us_east_1",
                Region = CloudFrontRegion,
                AllowedAccountIds = environment.Environment.AccountId is { } account ? TfList.Create<TfString>([account]) : null,
                DefaultTags = tags,
            });
}
