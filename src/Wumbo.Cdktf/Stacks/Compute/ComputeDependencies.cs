using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>What the compute tier is wired to: the network, the images, the data stores, the secrets and the API's certificate.</summary>
internal sealed record ComputeDependencies(
    Network Network,
    ImmutableSortedDictionary<string, AwsEcrRepository> Repositories,
    Database Database,
    Cache Cache,
    ImmutableSortedDictionary<string, AwsSecretsmanagerSecret> Secrets,
    TfString Certificate);

/// <summary>What a service is attached to, besides its dependencies.</summary>
internal sealed record ServiceWiring(
    AwsEcsCluster Cluster,
    AwsServiceDiscoveryPrivateDnsNamespace Namespace,
    LoadBalancer LoadBalancer,
    ComputeDependencies Dependencies);
