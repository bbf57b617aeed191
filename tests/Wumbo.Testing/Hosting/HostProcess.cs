using Wumbo.Testing.Tools;

namespace Wumbo.Testing.Hosting;

/// <summary>
/// A host's built assembly run as a process of its own (<c>dotnet &lt;assembly&gt; …</c>), writing to real redirected
/// streams as under CI or the cdktf CLI, with <c>GITHUB_ACTIONS=true</c> so that diagnostics come with their annotations.
/// </summary>
public static class HostProcess
{
    /// <summary>
    /// Runs each case in <paramref name="workingDirectory"/> and checks its exit code (0 success, 1 diagnostics, 2 usage)
    /// and that both streams are plain text (<see cref="HostOutput.AssertPlain"/>); returns the results in order.
    /// </summary>
    public static async Task<IReadOnlyList<ProcessResult>> AssertExitCodesAndPlainOutputAsync(
        string assembly, string workingDirectory, IEnumerable<(int ExitCode, string[] Arguments)> cases, CancellationToken cancellationToken)
    {
        var dotnet = ExecutableLocator.Find("dotnet") ?? throw new InvalidOperationException("dotnet is not on PATH");
        var environment = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["NO_COLOR"] = null };
        var results = new List<ProcessResult>();
        foreach (var (exitCode, arguments) in cases)
        {
            var what = $"{Path.GetFileNameWithoutExtension(assembly)} {string.Join(' ', arguments)}";
            var result = await ProcessRunner.RunAsync(
                new ProcessSpec(dotnet, [assembly, .. arguments], workingDirectory, environment, TimeSpan.FromMinutes(2)), cancellationToken);
            if (result.TimedOut || result.ExitCode != exitCode)
            {
                throw new CheckFailedException($"{what} exited with {result.ExitCode} (timed out: {result.TimedOut}), not {exitCode}:\n{result.CombinedOutput}");
            }

            HostOutput.AssertPlain(result.StandardOutput, what + ": stdout");
            HostOutput.AssertPlain(result.StandardError, what + ": stderr");
            results.Add(result);
        }

        return results;
    }
}
