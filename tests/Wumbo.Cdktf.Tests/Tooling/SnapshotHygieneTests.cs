using Wumbo.Testing.Snapshots;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class SnapshotHygieneTests : SnapshotHygiene;
