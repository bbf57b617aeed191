namespace Wumbo.Testing.Tools;

/// <summary>
/// Runs a pinned CLI of the cdktf app contract (<c>cdktf.json</c>, <c>cdktf.out</c>) non-interactively: no colour, no
/// telemetry or version check, no shared plugin cache, a private home, and Terraform configured for the offline
/// provider mirror (the CLI calls <c>terraform version</c> on every command). Two are pinned: cdktf 0.21.0, whose
/// project is archived, and CDK Terrain's cdktn 0.24.0, its maintained fork, on the Node.js 22 it needs.
/// </summary>
public sealed class CdktfCli(PinnedNpmTool tool)
{
    /// <summary>cdktf 0.21 needs Node.js 20.9 or newer, which the machine has.</summary>
    public static readonly CdktfCli Cdktf = new(new PinnedNpmTool("cdktf-cli", "cdktf-cli", "cdktf", "0.21.0", new Version(20, 9), "npm ci --prefix tools/cdktf-cli"));

    /// <summary>cdktn 0.24 needs Node.js 22.19 or newer; tools/cdktn-cli pins its own (with Node 20 it fails at start: markAsUncloneable is not a function).</summary>
    public static readonly CdktfCli Cdktn = new(new PinnedNpmTool("cdktn-cli", "cdktn-cli", "cdktn", "0.24.0", new Version(22, 19), "npm ci --prefix tools/cdktn-cli", BundlesNode: true));

    public PinnedNpmTool Tool => tool;

    /// <summary>The CLI by its command, for theories over both: <c>cdktf</c> or <c>cdktn</c>.</summary>
    public static CdktfCli Named(string command) => command switch
    {
        "cdktf" => Cdktf,
        "cdktn" => Cdktn,
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    /// <summary>Skips the running test when node or the installed CLI is missing.</summary>
    /// <remarks><paramref name="environment"/> is applied last; a <c>null</c> value removes a variable.</remarks>
    public async Task<ProcessResult> RunAsync(
        string projectDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var scratch = Directory.CreateTempSubdirectory("wumbo-cdktf-");
        try
        {
            var variables = OfflineTerraform.Environment(OfflineTerraform.WriteCliConfig(scratch.FullName));
            variables["CI"] = "1";
            variables["FORCE_COLOR"] = "0";
            variables["DISABLE_VERSION_CHECK"] = "1";
            variables["CDKTF_DISABLE_PLUGIN_CACHE_ENV"] = "1";
            variables["CDKTF_HOME"] = scratch.CreateSubdirectory("home").FullName;
            foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            {
                variables[name] = value;
            }

            return await tool.RunAsync(projectDirectory, arguments, variables, timeout ?? TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
