using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;

namespace Wumbo.Cdktf.Stacks;

/// <summary>One task's container: what it runs, where it logs, and what it reaches (each grants variables and secrets).</summary>
internal sealed record ContainerSpec(
    string Name,
    string ImageRepository,
    ImmutableArray<string> Command,
    int? Port,
    AwsCloudwatchLogGroup LogGroup,
    ImmutableArray<string> SecretIds,
    bool UsesDatabase,
    bool UsesCache,
    bool SendsEmail);
