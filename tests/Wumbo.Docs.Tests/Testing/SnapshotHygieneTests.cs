using Wumbo.Testing.Snapshots;

namespace Wumbo.Docs.Tests.Testing;

public sealed class SnapshotHygieneTests : SnapshotHygiene;
