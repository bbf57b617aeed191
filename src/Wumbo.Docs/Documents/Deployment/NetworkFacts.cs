using System.Collections.Immutable;
using Wumbo.Docs.Rendering;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// The seed's SecurityStack of one environment: the VPC and its subnets from the model; the NAT gateways, the
/// endpoints, the flow logs' log group and the KMS key's alias as the synthesized stack holds them.
/// </summary>
public sealed record NetworkFacts(
    string VpcCidr,
    int Zones,
    ImmutableArray<string> PublicSubnets,
    ImmutableArray<string> PrivateSubnets,
    ImmutableArray<string> IsolatedSubnets,
    int NatGateways,
    ImmutableArray<string> InterfaceEndpoints,
    ImmutableArray<string> GatewayEndpoints,
    string FlowLogTraffic,
    int FlowLogRetentionDays,
    string FlowLogGroup,
    string KeyAlias)
{
    public static NetworkFacts From(EnvironmentModel model, StackFacts stack)
    {
        var network = model.Network;
        var servicePrefix = $"com.amazonaws.{model.Environment.Region.Value}.";
        var endpoints = stack.Resources("aws_vpc_endpoint");
        ImmutableArray<string> EndpointsOfType(string type) =>
            [.. endpoints.Where(e => e.Text("vpc_endpoint_type") == type).Select(e => e.Text("service_name")!.Replace(servicePrefix, string.Empty, StringComparison.Ordinal))];

        var flowLog = stack.Resources("aws_flow_log").Single();
        return new(
            network.VpcCidr.Value,
            network.AvailabilityZones,
            [.. network.Subnets.Public.Select(c => c.Value)],
            [.. network.Subnets.Private.Select(c => c.Value)],
            [.. network.Subnets.Isolated.Select(c => c.Value)],
            stack.Resources("aws_nat_gateway").Length,
            EndpointsOfType("Interface"),
            EndpointsOfType("Gateway"),
            network.FlowLogs.Traffic.WireName(),
            network.FlowLogs.RetentionDays,
            stack.Referenced(flowLog.Text("log_destination"))?.Text("name") ?? throw new InvalidOperationException("the flow log writes to no log group of the stack"),
            stack.Texts("aws_kms_alias", "name").SingleOrDefault() ?? string.Empty);
    }
}
