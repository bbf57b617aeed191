using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// VPC flow logs into CloudWatch Logs (SECURITY-RULES V1, Security Hub EC2.6): refused connections, or all
/// traffic, as the model says, kept as long as it says. The delivery role may write only to that log group.
/// </summary>
internal sealed class FlowLogs : Construct
{
    public FlowLogs(Construct scope, string id, StackContext context, Network network)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "network.flow_logs");
        var settings = context.Environment.Network.FlowLogs;
        var logGroup = LogGroups.Create(this, "log-group", context, "/aws/vpc/" + context.Names.Resource("flow-logs"), settings.RetentionDays);
        ModelOrigin.Record(logGroup, ("retention_in_days", "network.flow_logs.retention_days"));
        var role = ServiceRoles.Create(this, "role", context, context.Names.Resource("flow-logs"), "vpc-flow-logs.amazonaws.com", "Delivers the VPC's flow logs to CloudWatch Logs");
        _ = ServiceRoles.Grant(this, "role-policy", role, PolicyStatement.Allow(
            "WriteFlowLogs",
            ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
            ServiceRoles.WithChildren(logGroup.Arn)));
        var flowLog = new AwsFlowLog(this, "flow-log", new AwsFlowLogConfig
        {
            VpcId = network.Vpc.Id,
            TrafficType = settings.Traffic switch
            {
                FlowLogTraffic.All => "ALL",
                FlowLogTraffic.Reject => "REJECT",
                _ => throw new ArgumentOutOfRangeException(nameof(context)),
            },
            LogDestinationType = "cloud-watch-logs",
            LogDestination = logGroup.Arn,
            IamRoleArn = role.Arn,
            MaxAggregationInterval = 600,
            Tags = ResourceNaming.NameTag(context.Names.Resource("flow-logs")),
        });
        ModelOrigin.Record(flowLog, ("traffic_type", "network.flow_logs.traffic"));
    }
}
