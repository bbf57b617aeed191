using System.Collections.Immutable;
using Wumbo.Docs.Rendering;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>The seed's ComputeStack of one environment: the cluster, its services, the load balancer and the migration task.</summary>
public sealed record ComputeFacts(
    string Cluster,
    bool ContainerInsights,
    string Architecture,
    string Namespace,
    LoadBalancerFacts LoadBalancer,
    ImmutableArray<ServiceFacts> Services,
    MigrationFacts Migration)
{
    public static ComputeFacts From(EnvironmentModel model, StackFacts stack)
    {
        var compute = model.Compute;
        var balancer = compute.LoadBalancer;
        return new(
            model.Names.Cluster,
            compute.ContainerInsights,
            compute.CpuArchitecture.WireName(),
            compute.ServiceDiscoveryNamespace,
            new LoadBalancerFacts(
                model.Names.LoadBalancer,
                balancer.IdleTimeoutSeconds,
                balancer.DeletionProtection,
                balancer.AccessLogs,
                stack.Texts("aws_wafv2_web_acl", "name").SingleOrDefault() ?? string.Empty),
            [.. compute.Services.Select(s => ServiceFacts.From(model, s))],
            MigrationFacts.From(model, stack));
    }
}

/// <summary>The API's load balancer; <paramref name="Firewall"/> is the WAF web ACL's name, empty where the tier has none.</summary>
public sealed record LoadBalancerFacts(string Name, int IdleTimeoutSeconds, bool DeletionProtection, bool AccessLogs, string Firewall);
