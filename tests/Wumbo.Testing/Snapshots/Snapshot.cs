using System.Runtime.CompilerServices;
using Xunit;
using Xunit.v3;

namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Snapshot assertions following Verify's conventions: <c>{Directory of the test file}/{TestClassName}.{TestMethodName}_{Parameters}.verified.{ext}</c>,
/// committed and LF; a mismatch writes <c>*.received.*</c> (git-ignored) and fails with a diff.
/// </summary>
public static class Snapshot
{
    /// <summary>
    /// Verifies <paramref name="content"/> against the snapshot of the calling test. Theory arguments name the
    /// file automatically unless <paramref name="parameters"/> is given.
    /// </summary>
    public static void Verify(
        string content,
        string extension = "txt",
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "") =>
        Check(content, FileOfCurrentTest(extension, parameters, sourceFile, methodName));

    /// <summary>
    /// The committed snapshot that <see cref="Verify"/> would compare the calling test against, or null when none
    /// exists yet: for checks that compare old and new output before the snapshot is replaced.
    /// </summary>
    public static string? ReadVerified(
        string extension = "txt",
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string methodName = "")
    {
        var file = FileOfCurrentTest(extension, parameters, sourceFile, methodName);
        return File.Exists(file.VerifiedPath) ? File.ReadAllText(file.VerifiedPath) : null;
    }

    /// <summary>Verifies against an explicitly named file, for baseline folders such as <c>tests/Baselines/case/diagnostics.txt</c>.</summary>
    public static void VerifyFile(string content, string directory, string fileName) =>
        Check(content, SnapshotFile.ForBaseline(directory, fileName));

    private static SnapshotFile FileOfCurrentTest(string extension, string? parameters, string sourceFile, string methodName)
    {
        var test = TestContext.Current.Test as IXunitTest;
        var className = test is null
            ? Path.GetFileNameWithoutExtension(sourceFile)
            : SnapshotNaming.ClassName(test.TestMethod.Method.ReflectedType ?? test.TestMethod.Method.DeclaringType!);
        parameters ??= test is null || test.TestMethodArguments.Length == 0
            ? null
            : SnapshotNaming.Parameters(test.TestMethod.Parameters.ToArray(), test.TestMethodArguments);
        var stem = SnapshotNaming.Stem(className, methodName, parameters);
        return SnapshotFile.For(SnapshotNaming.SourceDirectory(sourceFile, RepositoryPaths.Root), stem, extension);
    }

    private static void Check(string content, SnapshotFile file)
    {
        var outcome = SnapshotVerifier.Check(content, file, SnapshotMode.FromEnvironment());
        switch (outcome.Status)
        {
            case SnapshotStatus.Failed:
                throw new CheckFailedException(outcome.Message);
            case SnapshotStatus.Updated:
                TestContext.Current.AddWarning(outcome.Message);
                break;
            case SnapshotStatus.Matched:
                break;
        }
    }
}
