using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Target tracking on the service's average CPU and memory, between the model's minimum and maximum task
/// counts. Scaling out reacts within a minute; scaling in waits five, so a short lull does not drop tasks.
/// </summary>
internal sealed class ServiceAutoscaling : Construct
{
    public ServiceAutoscaling(Construct scope, string id, StackContext context, ServiceDefinition service, AutoscalingTargets targets, AwsEcsService ecsService)
        : base(scope, id)
    {
        var target = new AwsAppautoscalingTarget(this, "target", new AwsAppautoscalingTargetConfig
        {
            ServiceNamespace = "ecs",
            ResourceId = Tf.Template($"service/{context.Names.Cluster}/{ecsService.Name}"),
            ScalableDimension = "ecs:service:DesiredCount",
            MinCapacity = service.MinCount,
            MaxCapacity = service.MaxCount,
        });
        if (targets.CpuPercent is { } cpu)
        {
            Policy("cpu", context.Names.Service(service) + "-cpu", "ECSServiceAverageCPUUtilization", cpu, target);
        }

        if (targets.MemoryPercent is { } memory)
        {
            Policy("memory", context.Names.Service(service) + "-memory", "ECSServiceAverageMemoryUtilization", memory, target);
        }
    }

    private void Policy(string id, string name, string metric, int percent, AwsAppautoscalingTarget target) =>
        _ = new AwsAppautoscalingPolicy(this, id, new AwsAppautoscalingPolicyConfig
        {
            Name = name,
            PolicyType = "TargetTrackingScaling",
            ServiceNamespace = target.ServiceNamespace,
            ResourceId = target.ResourceId,
            ScalableDimension = target.ScalableDimension,
            TargetTrackingScalingPolicyConfiguration = new AwsAppautoscalingPolicyTargetTrackingScalingPolicyConfiguration
            {
                TargetValue = percent,
                ScaleInCooldown = 300,
                ScaleOutCooldown = 60,
                PredefinedMetricSpecification = new AwsAppautoscalingPolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecification
                {
                    PredefinedMetricType = metric,
                },
            },
        });
}
