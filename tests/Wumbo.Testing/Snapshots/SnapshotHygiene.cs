using Xunit;

namespace Wumbo.Testing.Snapshots;

/// <summary>
/// Derive one empty class from this in each test project to fail on orphaned snapshots under
/// <c>tests/{assembly name}</c>. It runs everywhere, not only on CI: a rename is best fixed at once.
/// </summary>
public abstract class SnapshotHygiene
{
    [Fact]
    public void Every_verified_file_belongs_to_a_test()
    {
        var assembly = GetType().Assembly;
        DanglingSnapshots.EnsureNone(assembly, Path.Combine(RepositoryPaths.Root, "tests", assembly.GetName().Name!));
    }
}
