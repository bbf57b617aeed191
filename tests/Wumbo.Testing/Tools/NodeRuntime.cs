using System.Globalization;

namespace Wumbo.Testing.Tools;

/// <summary>Node.js, which the cdktf CLI runs on; cdktf 0.21 needs at least 20.9.</summary>
public static class NodeRuntime
{
    public static readonly Version Minimum = new(20, 9);

    /// <summary>Skips the running test unless <c>node</c> is on PATH and recent enough.</summary>
    public static async Task RequireAsync(CancellationToken cancellationToken = default)
    {
        var node = ExecutableLocator.Find("node");
        TestSkip.Unless(node is not null, "node is not on PATH; the cdktf CLI needs Node.js >= " + Minimum);
        var result = await ProcessRunner.RunAsync(
            new ProcessSpec(node!, ["--version"], Directory.GetCurrentDirectory(), new Dictionary<string, string?>(), TimeSpan.FromSeconds(30)),
            cancellationToken).ConfigureAwait(false);
        var text = result.StandardOutput.Trim().TrimStart('v');
        TestSkip.Unless(
            Version.TryParse(text, out var version) && version >= Minimum,
            string.Create(CultureInfo.InvariantCulture, $"node {text} at {node} is too old or unreadable; the cdktf CLI needs Node.js >= {Minimum}"));
    }
}
