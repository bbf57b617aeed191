using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// DNS, TLS and e-mail. The hosted zone of the domain is looked up, not owned: the three environments share
/// it. The API gets its certificate (validated through the zone) and an alias record to the load balancer;
/// the environment that owns the SES domain identity adds it with its DKIM records.
/// </summary>
internal sealed class Dns : Construct
{
    public Dns(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "dns");
        Zone = new DataAwsRoute53Zone(this, "zone", new DataAwsRoute53ZoneConfig { Name = context.Names.HostedZone, PrivateZone = false });
        ApiCertificate = new ValidatedCertificate(this, "api-certificate", context.Names.ApiHost, Zone);
        if (context.Environment.Email.OwnsDomainIdentity)
        {
            _ = new EmailIdentity(this, "email", context, Zone);
        }
    }

    public DataAwsRoute53Zone Zone { get; }

    public ValidatedCertificate ApiCertificate { get; }

    /// <summary>The API's host name, an alias of the load balancer.</summary>
    public AwsRoute53Record PointApiAt(StackContext context, AwsLb loadBalancer) =>
        new(this, "api", new AwsRoute53RecordConfig
        {
            ZoneId = Zone.ZoneId,
            Name = context.Names.ApiHost,
            Type = "A",
            Alias = new AwsRoute53RecordAlias { Name = loadBalancer.DnsName, ZoneId = loadBalancer.ZoneId, EvaluateTargetHealth = true },
        });
}
