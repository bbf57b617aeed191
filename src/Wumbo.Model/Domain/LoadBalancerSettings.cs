using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("The public application load balancer.")]
public sealed record LoadBalancerSettings(
    [Description("Seconds a connection may idle.")]
    [Range(1, 4000)]
    int IdleTimeoutSeconds,
    [Description("Refuse deletion of the load balancer.")]
    bool DeletionProtection,
    [Description("Write access logs to S3.")]
    bool AccessLogs);
