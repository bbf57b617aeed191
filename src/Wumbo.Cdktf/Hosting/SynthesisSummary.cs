using System.Text.Json;
using Wumbo.Hosting;

namespace Wumbo.Cdktf.Hosting;

/// <summary>
/// What a successful run says in its last line: the environments synthesized, the resources of their stacks, the
/// files written and where, and the policy waivers that were active (which the policy pack's synthesis reports).
/// </summary>
internal sealed record SynthesisSummary(IReadOnlyList<string> Environments, int Resources, int FilesWritten, string OutputDirectory, int WaiversActive)
{
    /// <summary>The resources of the stacks among <paramref name="files"/> (<c>stacks/&lt;name&gt;/cdk.tf.json</c>), as Terraform counts them: one per address.</summary>
    public static int CountResources(IEnumerable<(string RelativePath, string Content)> files) =>
        files.Where(f => f.RelativePath.EndsWith("/cdk.tf.json", StringComparison.Ordinal)).Sum(f => CountResources(f.Content));

    /// <summary><c>Synthesized 3 environments (development, production, staging): 479 resources, 4 files written to cdktf.out, 0 waivers active, in 0.41 s</c>.</summary>
    public string Line(long startedAt) =>
        $"Synthesized {RunSummary.Count(Environments.Count, "environment", "environments")} ({string.Join(", ", Environments)}): "
        + $"{RunSummary.Count(Resources, "resource", "resources")}, {RunSummary.Count(FilesWritten, "file", "files")} written to {OutputDirectory}, "
        + $"{RunSummary.Count(WaiversActive, "waiver", "waivers")} active, {RunSummary.Took(startedAt)}";

    private static int CountResources(string stackJson)
    {
        using var stack = JsonDocument.Parse(stackJson);
        return stack.RootElement.TryGetProperty("resource", out var byType)
            ? byType.EnumerateObject().Sum(type => type.Value.EnumerateObject().Count())
            : 0;
    }
}
