using Wumbo.Testing;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Testing;

public sealed class DanglingSnapshotsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("wumbo-dangling-tests-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Snapshots_without_a_test_method_are_listed()
    {
        Write("DanglingSnapshotsTests.Snapshots_without_a_test_method_are_listed.verified.txt");
        Write("nested/DanglingSnapshotsTests.Snapshots_without_a_test_method_are_listed_case=1.verified.json");
        Write("DanglingSnapshotsTests.Renamed_away.verified.txt");
        Write("nested/GoneTests.Anything.verified.txt");
        Write("bin/Debug/GoneTests.Copied.verified.txt");
        Write("NotASnapshot.txt");

        var dangling = DanglingSnapshots.Find(typeof(DanglingSnapshotsTests).Assembly, _directory.FullName);

        Assert.Equal(["DanglingSnapshotsTests.Renamed_away.verified.txt", "nested/GoneTests.Anything.verified.txt"], dangling);
    }

    [Fact]
    public void A_method_name_that_only_starts_like_a_test_is_still_dangling()
    {
        Write("DanglingSnapshotsTests.Snapshots_without_a_test_method_are_listedX.verified.txt");

        Assert.Single(DanglingSnapshots.Find(typeof(DanglingSnapshotsTests).Assembly, _directory.FullName));
    }

    [Fact]
    public void EnsureNone_lists_the_orphans_in_its_failure()
    {
        Write("GoneTests.Anything.verified.txt");

        var failure = Assert.Throws<CheckFailedException>(() => DanglingSnapshots.EnsureNone(typeof(DanglingSnapshotsTests).Assembly, _directory.FullName));

        Assert.EndsWith("\n  GoneTests.Anything.verified.txt", failure.Message, StringComparison.Ordinal);
    }

    private void Write(string relativePath)
    {
        var path = Path.Combine(_directory.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }
}
