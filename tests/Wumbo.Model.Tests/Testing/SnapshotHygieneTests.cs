using Wumbo.Testing;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Testing;

public sealed class SnapshotHygieneTests
{
    [Fact]
    public void Every_verified_file_belongs_to_a_test()
    {
        DanglingSnapshots.EnsureNone(typeof(SnapshotHygieneTests).Assembly, Path.Combine(RepositoryPaths.Root, "tests", "Wumbo.Model.Tests"));
    }
}
