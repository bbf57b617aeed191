using Wumbo.Testing.Snapshots;

namespace Wumbo.Preview.Tests.Testing;

public sealed class SnapshotHygieneTests : SnapshotHygiene;
