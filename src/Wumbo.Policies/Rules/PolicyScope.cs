namespace Wumbo.Policies.Rules;

/// <summary>Where a rule applies: every environment, or production only (read from the environment's tier).</summary>
public enum PolicyScope
{
    AllEnvironments,
    ProductionOnly,
}
