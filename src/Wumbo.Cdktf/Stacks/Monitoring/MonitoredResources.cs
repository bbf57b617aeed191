using Wumbo.Cdktf.Aws;

namespace Wumbo.Cdktf.Stacks;

/// <summary>What the alarms watch.</summary>
internal sealed record MonitoredResources(LoadBalancer LoadBalancer, IReadOnlyList<FargateService> Services, Database Database, Cache Cache, AwsEcsCluster Cluster);
