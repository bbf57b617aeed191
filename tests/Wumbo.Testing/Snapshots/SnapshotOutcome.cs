namespace Wumbo.Testing.Snapshots;

public enum SnapshotStatus
{
    Matched,
    Updated,
    Failed,
}

/// <summary>What a snapshot check found; <see cref="Message"/> explains a failure or an update.</summary>
public sealed record SnapshotOutcome(SnapshotStatus Status, string Message);
