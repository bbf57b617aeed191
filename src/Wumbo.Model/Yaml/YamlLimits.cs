namespace Wumbo.Model.Yaml;

/// <summary>
/// Bounds that make hostile input fail fast with a diagnostic: an environment file is a few KiB, so
/// these are far above any real file and far below what could exhaust memory or the stack.
/// </summary>
public sealed record YamlLimits(int MaxBytes, int MaxDepth, int MaxExpandedNodes)
{
    public static YamlLimits Default { get; } = new(MaxBytes: 1024 * 1024, MaxDepth: 64, MaxExpandedNodes: 100_000);
}
