using System.Diagnostics;
using System.Globalization;

namespace Wumbo.Hosting;

/// <summary>
/// The words of the one line a host ends a run with: counts with their noun (<c>1 environment</c>,
/// <c>3 environments</c>) and, always last, the time the run took (<c>in 0.41 s</c>), the one part that differs
/// between two runs of the same input (<c>tools/check-native</c> drops it before comparing).
/// </summary>
public static class RunSummary
{
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>The time since <paramref name="startedAt"/>, a <see cref="Stopwatch.GetTimestamp"/>: <c>in 0.41 s</c>.</summary>
    public static string Took(long startedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"in {Stopwatch.GetElapsedTime(startedAt).TotalSeconds:0.00} s");
}
