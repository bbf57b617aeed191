namespace Wumbo.Testing;

/// <summary>
/// The clock tests run at: a fixed day, so that a test never changes its outcome as waivers in the environment
/// files approach their expiry (CI's real synthesis and docs check run on the real date and catch that).
/// </summary>
public sealed class FixedClock : TimeProvider
{
    public static readonly DateOnly Today = new(2026, 12, 5);

    public static readonly FixedClock Instance = new();

    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
