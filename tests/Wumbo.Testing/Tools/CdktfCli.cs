namespace Wumbo.Testing.Tools;

/// <summary>
/// Runs the pinned cdktf CLI (<c>tools/cdktf-cli</c>) non-interactively: no colour, no telemetry or version
/// check, no shared plugin cache, a private <c>CDKTF_HOME</c>, and Terraform configured for the offline
/// provider mirror (the CLI calls <c>terraform version</c> on every command).
/// </summary>
public static class CdktfCli
{
    /// <summary>cdktf 0.21 needs Node.js 20.9 or newer.</summary>
    public static readonly PinnedNpmTool Tool = new("cdktf-cli", "cdktf-cli", "cdktf", "0.21.0", new Version(20, 9), "npm ci --prefix tools/cdktf-cli");

    /// <summary>Skips the running test when node or the installed CLI is missing.</summary>
    /// <remarks><paramref name="environment"/> is applied last; a <c>null</c> value removes a variable.</remarks>
    public static async Task<ProcessResult> RunAsync(
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

            return await Tool.RunAsync(projectDirectory, arguments, variables, timeout ?? TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
