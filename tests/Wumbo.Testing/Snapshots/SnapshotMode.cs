namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Whether a mismatching snapshot may be accepted in place. Updating is asked for with
/// <c>WUMBO_UPDATE_SNAPSHOTS=1</c> and refused on CI, where a baseline must never change unseen.
/// </summary>
public readonly record struct SnapshotMode(bool UpdateRequested, bool IsCi)
{
    public const string UpdateVariable = "WUMBO_UPDATE_SNAPSHOTS";

    public bool MayUpdate => UpdateRequested && !IsCi;

    public static SnapshotMode FromEnvironment() =>
        new(IsSet(Environment.GetEnvironmentVariable(UpdateVariable)), IsSet(Environment.GetEnvironmentVariable("CI")));

    private static bool IsSet(string? value) =>
        string.Equals(value, "1", StringComparison.Ordinal) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
