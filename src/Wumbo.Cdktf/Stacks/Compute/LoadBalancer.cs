using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The public Application Load Balancer in front of the API (SECURITY-RULES A1-A9): only it takes traffic from
/// the internet, on 443 and on 80 to redirect to HTTPS (G2, A2); TLS 1.2+ with the one policy every scanner
/// accepts (A3, pitfall 3); invalid headers dropped; deletion protection and access logs as the model says;
/// in production, a WAF in front (A8).
/// </summary>
internal sealed class LoadBalancer : Construct
{
    private const string Anywhere = "0.0.0.0/0";
    private const string TlsPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    public LoadBalancer(Construct scope, string id, StackContext context, Network network, TfString certificateArn)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "compute.load_balancer");
        var names = context.Names;
        var settings = context.Environment.Compute.LoadBalancer;
        var api = context.Environment.Compute.Services.Single(s => s.Role == ServiceRole.Api);
        SecurityGroup = SecurityGroups.Create(this, network, names.Resource("alb"), "Public load balancer of the Wumbo API");
        _ = SecurityGroupRules.AllowTcpFrom(this, "https-from-internet", SecurityGroup, Anywhere, 443, "HTTPS from the internet");
        _ = SecurityGroupRules.AllowTcpFrom(this, "http-from-internet", SecurityGroup, Anywhere, 80, "HTTP from the internet, only to redirect to HTTPS");

        var accessLogs = settings.AccessLogs ? new AccessLogBucket(this, "access-logs", context) : null;
        Alb = new AwsLb(this, "alb", new AwsLbConfig
        {
            Name = names.LoadBalancer,
            Internal = false,
            LoadBalancerType = "application",
            SecurityGroups = [SecurityGroup.Id],
            Subnets = network.SubnetIds(SubnetTier.Public),
            IdleTimeout = settings.IdleTimeoutSeconds,
            EnableDeletionProtection = settings.DeletionProtection,
            DropInvalidHeaderFields = true,
            DesyncMitigationMode = "defensive",
            EnableHttp2 = true,
            AccessLogs = accessLogs is null ? null : new AwsLbAccessLogs { Bucket = accessLogs.Bucket.Id, Prefix = AccessLogBucket.Prefix, Enabled = true },
            DependsOn = accessLogs is null ? null : [accessLogs.Policy],
        });
        ModelOrigin.Record(Alb, ("enable_deletion_protection", "compute.load_balancer.deletion_protection"), ("access_logs", "compute.load_balancer.access_logs"));
        TargetGroup = new AwsLbTargetGroup(this, "api-targets", new AwsLbTargetGroupConfig
        {
            Name = names.Service(api),
            Port = api.Port!.Value,
            Protocol = "HTTP",
            TargetType = "ip",
            VpcId = network.Vpc.Id,
            DeregistrationDelay = "30",
            HealthCheck = new AwsLbTargetGroupHealthCheck
            {
                Enabled = true,
                Path = api.HealthCheckPath!,
                Protocol = "HTTP",
                Matcher = "200",
                Interval = 30,
                Timeout = 5,
                HealthyThreshold = 2,
                UnhealthyThreshold = 3,
            },
        });
        HttpsListener = new AwsLbListener(this, "https", new AwsLbListenerConfig
        {
            LoadBalancerArn = Alb.Arn,
            Port = 443,
            Protocol = "HTTPS",
            SslPolicy = TlsPolicy,
            CertificateArn = certificateArn,
            DefaultAction = [new AwsLbListenerDefaultAction { Type = "forward", TargetGroupArn = TargetGroup.Arn }],
        });
        _ = new AwsLbListener(this, "http-redirect", new AwsLbListenerConfig
        {
            LoadBalancerArn = Alb.Arn,
            Port = 80,
            Protocol = "HTTP",
            DefaultAction =
            [
                new AwsLbListenerDefaultAction
                {
                    Type = "redirect",
                    Redirect = new AwsLbListenerDefaultActionRedirect { Port = "443", Protocol = "HTTPS", StatusCode = "HTTP_301" },
                },
            ],
        });
        if (context.Environment.IsProduction)
        {
            _ = new WebFirewall(this, "firewall", context, Alb);
        }
    }

    public AwsSecurityGroup SecurityGroup { get; }

    public AwsLb Alb { get; }

    public AwsLbTargetGroup TargetGroup { get; }

    public AwsLbListener HttpsListener { get; }
}
