using System.Text;
using Wumbo.Hosting;

namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Compares text with a verified file byte for byte: the text is written as UTF-8 without BOM, with no
/// newline normalisation and no final newline added, so what is committed is exactly what was produced.
/// </summary>
public static class SnapshotVerifier
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SnapshotOutcome Check(string content, SnapshotFile file, SnapshotMode mode)
    {
        var bytes = Utf8.GetBytes(content);
        var existing = File.Exists(file.VerifiedPath) ? File.ReadAllBytes(file.VerifiedPath) : null;
        if (existing is not null && existing.AsSpan().SequenceEqual(bytes))
        {
            File.Delete(file.ReceivedPath);
            return new(SnapshotStatus.Matched, string.Empty);
        }

        if (mode.MayUpdate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.VerifiedPath)!);
            File.WriteAllBytes(file.VerifiedPath, bytes);
            File.Delete(file.ReceivedPath);
            return new(SnapshotStatus.Updated, "Snapshot updated: " + file.VerifiedPath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file.ReceivedPath)!);
        File.WriteAllBytes(file.ReceivedPath, bytes);
        // GetString keeps a BOM as U+FEFF, so even that difference shows up in the diff.
        var verified = existing is null ? null : Utf8.GetString(existing);
        return new(SnapshotStatus.Failed, FailureMessage(file, verified, content, mode));
    }

    private static string FailureMessage(SnapshotFile file, string? verified, string received, SnapshotMode mode)
    {
        var headline = verified is null
            ? "Snapshot missing: " + file.VerifiedPath
            : "Snapshot mismatch: " + file.VerifiedPath;
        var accept = mode.UpdateRequested
            ? SnapshotMode.UpdateVariable + " is ignored because CI=true: snapshots are never rewritten on CI."
            : "To accept: rerun with " + SnapshotMode.UpdateVariable + "=1 (never on CI), or move the received file over the verified one.";
        return string.Join(
            '\n',
            headline,
            "Received: " + file.ReceivedPath,
            UnifiedDiff.Render(verified ?? string.Empty, received, "verified", "received"),
            "Compare: git diff --no-index " + file.VerifiedPath + " " + file.ReceivedPath,
            accept);
    }
}
