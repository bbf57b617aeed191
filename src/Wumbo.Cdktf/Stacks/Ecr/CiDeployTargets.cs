using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>What CI deploys to, besides pushing images: the services it updates, the migration it runs, and the roles it hands to ECS.</summary>
internal sealed record CiDeployTargets(
    IReadOnlyList<string> ServiceNames,
    string MigrationFamily,
    IReadOnlyList<TfString> PassedRoleArns);
