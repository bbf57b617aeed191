using System.Diagnostics;

namespace Wumbo.Testing.Hosting;

/// <summary>
/// A host that writes an output directory whole (DirectorySwap), run as real processes: killed at random moments,
/// or started several at once on one output. Each test says what a whole output is; this drives the processes.
/// </summary>
public static class InterruptedRuns
{
    /// <summary><c>dotnet &lt;assembly&gt; &lt;arguments&gt;</c>, with its output redirected.</summary>
    public static Process StartDotnet(string assembly, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Starts a run <paramref name="attempts"/> times and kills it after a random delay (a fixed seed, so a failure
    /// repeats). After each kill the output must be whole, or gone with its old tree beside it for the next run to
    /// put back (killed between the two renames).
    /// </summary>
    public static async Task KillAtRandomMomentsAsync(Func<Process> start, string outputDirectory, Action assertWhole, int attempts, CancellationToken cancellationToken)
    {
        var random = new Random(20261204);
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            using var process = start();
            await Task.Delay(random.Next(0, 900), cancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);

            if (Directory.Exists(outputDirectory))
            {
                assertWhole();
            }
            else if (!Leftovers(outputDirectory).Any(l => l.Contains(".old-", StringComparison.Ordinal)))
            {
                throw new CheckFailedException($"attempt {attempt}: no output and no old tree to restore");
            }
        }
    }

    /// <summary>Starts <paramref name="count"/> runs at once; each must succeed (the output lock orders them).</summary>
    public static async Task RunAtOnceAsync(Func<Process> start, int count, CancellationToken cancellationToken)
    {
        var processes = Enumerable.Range(0, count).Select(_ => start()).ToList();
        foreach (var process in processes)
        {
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new CheckFailedException($"a run exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
            }

            process.Dispose();
        }
    }

    /// <summary>The trees a run builds or retires beside the output (<c>name.new-*</c>, <c>name.old-*</c>).</summary>
    public static List<string> Leftovers(string outputDirectory) =>
        [.. new[] { ".new-*", ".old-*" }.SelectMany(marker =>
            Directory.GetDirectories(Path.GetDirectoryName(outputDirectory)!, Path.GetFileName(outputDirectory) + marker))];
}
