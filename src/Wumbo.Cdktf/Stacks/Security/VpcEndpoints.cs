using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The VPC endpoints the model lists (SECURITY-RULES V5): interface endpoints in the private subnets with
/// private DNS, so the tasks reach ECR, Secrets Manager, CloudWatch Logs and SES without NAT, behind a security
/// group that admits HTTPS from the VPC only; and the free S3 gateway endpoint on the private route tables,
/// through which Fargate pulls image layers (pitfall 12).
/// </summary>
internal sealed class VpcEndpoints : Construct
{
    public VpcEndpoints(Construct scope, string id, StackContext context, Network network, Routing routing)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "network.vpc_endpoints");
        var services = context.Environment.Network.VpcEndpoints;
        var interfaces = services.Where(s => s != VpcEndpointService.S3Gateway).ToList();
        if (interfaces.Count > 0)
        {
            var securityGroup = SecurityGroups.Create(this, network, context.Names.Resource("vpc-endpoints"), "Interface VPC endpoints, reached over HTTPS from inside the VPC");
            _ = SecurityGroupRules.AllowTcpFrom(this, "https-from-vpc", securityGroup, network.Cidr, 443, "HTTPS from the VPC to the AWS service endpoints");
            foreach (var service in interfaces)
            {
                _ = new AwsVpcEndpoint(this, Id(service), new AwsVpcEndpointConfig
                {
                    VpcId = network.Vpc.Id,
                    ServiceName = ServiceName(context, service),
                    VpcEndpointType = "Interface",
                    PrivateDnsEnabled = true,
                    SubnetIds = network.SubnetIds(SubnetTier.Private),
                    SecurityGroupIds = [securityGroup.Id],
                    Tags = ResourceNaming.NameTag(context.Names.Resource(Id(service))),
                });
            }
        }

        if (services.Contains(VpcEndpointService.S3Gateway))
        {
            _ = new AwsVpcEndpoint(this, Id(VpcEndpointService.S3Gateway), new AwsVpcEndpointConfig
            {
                VpcId = network.Vpc.Id,
                ServiceName = ServiceName(context, VpcEndpointService.S3Gateway),
                VpcEndpointType = "Gateway",
                RouteTableIds = routing.PrivateRouteTableIds,
                Tags = ResourceNaming.NameTag(context.Names.Resource("s3")),
            });
        }
    }

    private static string ServiceName(StackContext context, VpcEndpointService service) =>
        $"com.amazonaws.{context.Region}.{Suffix(service)}";

    private static string Id(VpcEndpointService service) => Suffix(service).Replace('.', '-');

    // AWS's endpoint service names (com.amazonaws.<region>.<suffix>).
    private static string Suffix(VpcEndpointService service) => service switch
    {
        VpcEndpointService.EcrApi => "ecr.api",
        VpcEndpointService.EcrDocker => "ecr.dkr",
        VpcEndpointService.SecretsManager => "secretsmanager",
        VpcEndpointService.CloudWatchLogs => "logs",
        VpcEndpointService.CloudWatchMonitoring => "monitoring",
        VpcEndpointService.SesSmtp => "email-smtp",
        VpcEndpointService.S3Gateway => "s3",
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };
}
