using Wumbo.Preview.Hosting;

namespace Wumbo.Preview.Tests.Support;

/// <summary>The command run in-process, as the workflow runs it: what it printed and its exit code.</summary>
internal sealed record PreviewRun(int ExitCode, string Stdout, string Stderr)
{
    public static PreviewRun Of(params string[] args) => With(null, args);

    /// <summary>The command run with these environment variables (none of the test process's own).</summary>
    public static PreviewRun With(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = PreviewCommand.Run(args, stdout, stderr, name => variables?.GetValueOrDefault(name));
        return new PreviewRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The Markdown comparing two checkouts; the command must succeed and print nothing else.</summary>
    public static string Markdown(Checkout before, Checkout after)
    {
        var run = Of("--base", before.Root, "--head", after.Root);
        Assert.True(run.ExitCode == PreviewCommand.Success, run.Stderr);
        Assert.Empty(run.Stderr);
        return run.Stdout;
    }
}
