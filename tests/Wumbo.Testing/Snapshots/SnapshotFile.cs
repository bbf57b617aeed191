namespace Wumbo.Testing.Snapshots;

/// <summary>A committed <c>*.verified.*</c> file and the git-ignored <c>*.received.*</c> file beside it.</summary>
public sealed record SnapshotFile(string VerifiedPath, string ReceivedPath)
{
    private const string VerifiedMarker = ".verified.";
    private const string ReceivedMarker = ".received.";

    /// <summary>Verify's layout: <c>{directory}/{stem}.verified.{extension}</c>.</summary>
    public static SnapshotFile For(string directory, string stem, string extension)
    {
        var ext = extension.TrimStart('.');
        return new(
            Path.GetFullPath(Path.Combine(directory, stem + VerifiedMarker + ext)),
            Path.GetFullPath(Path.Combine(directory, stem + ReceivedMarker + ext)));
    }

    /// <summary>
    /// A baseline named as emitted, such as <c>tests/Baselines/case/diagnostics.txt</c>; its received twin is
    /// <c>diagnostics.received.txt</c>.
    /// </summary>
    public static SnapshotFile ForBaseline(string directory, string fileName)
    {
        var verified = Path.GetFullPath(Path.Combine(directory, fileName));
        var ext = Path.GetExtension(fileName);
        var received = Path.Combine(
            Path.GetDirectoryName(verified)!,
            Path.GetFileNameWithoutExtension(fileName) + ".received" + ext);
        return new(verified, received);
    }
}
