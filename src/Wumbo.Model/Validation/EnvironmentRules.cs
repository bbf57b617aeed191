using System.Collections.Immutable;

namespace Wumbo.Model.Validation;

/// <summary>Every domain rule the loader runs, per environment and across environments.</summary>
public static class EnvironmentRules
{
    public static ImmutableArray<IEnvironmentRule> PerEnvironment { get; } = [];

    public static ImmutableArray<IEnvironmentSetRule> AcrossEnvironments { get; } = [];
}
