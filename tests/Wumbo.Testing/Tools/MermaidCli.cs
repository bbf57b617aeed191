namespace Wumbo.Testing.Tools;

/// <summary>
/// Renders Mermaid source with the pinned mermaid-cli (<c>tools/mermaid-cli</c>), the renderer GitHub's own is
/// built on, in Debian's headless Chromium: a diagram that renders here parses and lays out as GitHub shows it.
/// </summary>
public static class MermaidCli
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromiumInstallCommand = "apt-get update && apt-get install -y --no-install-recommends chromium";

    /// <summary>mermaid-cli 11.17 runs on Node.js ^18.19 || >= 20 (12.x needs 22.13).</summary>
    public static readonly PinnedNpmTool Tool = new(
        "@mermaid-js/mermaid-cli", "mermaid-cli", "mmdc", "11.17.0", new Version(18, 19), "PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tools/mermaid-cli");

    /// <summary>Chromium's path and flags (no sandbox: the tests run as root on CI), committed beside the lock file.</summary>
    public static string PuppeteerConfig => Path.Combine(Tool.InstallDirectory, "puppeteer-config.json");

    /// <summary>
    /// Renders <paramref name="source"/> to SVG in a fresh temporary directory. Skips the running test when node, the
    /// installed CLI or Chromium is missing; a diagram that does not render is a failed result, not an exception.
    /// </summary>
    public static async Task<MermaidRender> RenderAsync(string source, CancellationToken cancellationToken = default)
    {
        await Tool.RequireAsync(cancellationToken).ConfigureAwait(false);
        TestSkip.Unless(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}; install it with: {ChromiumInstallCommand}");

        var scratch = Directory.CreateTempSubdirectory("wumbo-mermaid-");
        try
        {
            var input = Path.Combine(scratch.FullName, "diagram.mmd");
            var output = Path.Combine(scratch.FullName, "diagram.svg");
            await File.WriteAllTextAsync(input, source, cancellationToken).ConfigureAwait(false);
            var environment = new Dictionary<string, string?>
            {
                // Chromium and Puppeteer write their profile and caches under HOME; keep them out of the user's.
                ["HOME"] = scratch.CreateSubdirectory("home").FullName,
                ["FORCE_COLOR"] = "0",
            };
            var process = await Tool.RunAsync(
                scratch.FullName,
                ["--puppeteerConfigFile", PuppeteerConfig, "--input", input, "--output", output, "--quiet"],
                environment,
                TimeSpan.FromMinutes(2),
                cancellationToken).ConfigureAwait(false);
            var svg = File.Exists(output) ? await File.ReadAllTextAsync(output, cancellationToken).ConfigureAwait(false) : null;
            return new MermaidRender(process, svg);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
