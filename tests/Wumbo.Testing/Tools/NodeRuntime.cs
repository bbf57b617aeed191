using System.Globalization;

namespace Wumbo.Testing.Tools;

/// <summary>Node.js, which the pinned npm tools (<see cref="PinnedNpmTool"/>) run on.</summary>
public static class NodeRuntime
{
    /// <summary>
    /// Skips the running test unless Node.js (<paramref name="node"/>, or else <c>node</c> on PATH) is there and at
    /// least <paramref name="minimum"/>, which <paramref name="tool"/> needs.
    /// </summary>
    public static async Task RequireAsync(Version minimum, string tool, string? node = null, CancellationToken cancellationToken = default)
    {
        node ??= ExecutableLocator.Find("node");
        TestSkip.Unless(node is not null && File.Exists(node), $"node is not on PATH; {tool} needs Node.js >= {minimum}");
        var result = await ProcessRunner.RunAsync(
            new ProcessSpec(node!, ["--version"], Directory.GetCurrentDirectory(), new Dictionary<string, string?>(), TimeSpan.FromSeconds(30)),
            cancellationToken).ConfigureAwait(false);
        var text = result.StandardOutput.Trim().TrimStart('v');
        TestSkip.Unless(
            Version.TryParse(text, out var version) && version >= minimum,
            string.Create(CultureInfo.InvariantCulture, $"node {text} at {node} is too old or unreadable; {tool} needs Node.js >= {minimum}"));
    }
}
