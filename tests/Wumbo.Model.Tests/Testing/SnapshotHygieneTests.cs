using Wumbo.Testing.Snapshots;

namespace Wumbo.Model.Tests.Testing;

public sealed class SnapshotHygieneTests : SnapshotHygiene;
