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
    [Description("GB of logs ingested per month.")]
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
    int LoadBalancerCapacityUnits);
