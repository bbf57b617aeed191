using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("Monthly usage the cost estimate assumes; stated so the estimate can be checked.")]
public sealed record UsageAssumptions(
    [Description("GB per month processed by the NAT gateways.")]
    [Range(0, 1000000)]
    int NatDataProcessedGb,
    [Description("GB per month sent to the internet.")]
    [Range(0, 1000000)]
    int DataTransferOutGb,
    [Description("GB of logs ingested per month by the log groups, VPC flow logs excepted (flow_log_ingested_gb).")]
    [Range(0, 1000000)]
    int LogIngestedGb,
    [Description("GB of logs stored.")]
    [Range(0, 1000000)]
    int LogStoredGb,
    [Description("GB of images stored in ECR.")]
    [Range(0, 1000000)]
    int EcrStorageGb,
    [Description("Average load balancer capacity units.")]
    [Range(0, 10000)]
    int LoadBalancerCapacityUnits,
    [Description("GB per month through the interface VPC endpoints (ECR, Secrets Manager, CloudWatch Logs, SES).")]
    [Range(0, 1000000)]
    int EndpointDataProcessedGb,
    [Description("GB of VPC flow logs delivered to CloudWatch Logs per month (billed as vended logs).")]
    [Range(0, 1000000)]
    int FlowLogIngestedGb,
    [Description("GB per month the web app's hosting serves (Amplify, or CloudFront for s3-cloudfront).")]
    [Range(0, 1000000)]
    int WebDataServedGb,
    [Description("GB the web app's hosting stores (Amplify's deployments, or the S3 bucket).")]
    [Range(0, 1000000)]
    int WebStorageGb);
