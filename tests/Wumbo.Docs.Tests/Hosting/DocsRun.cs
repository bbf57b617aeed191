using Wumbo.Docs.Hosting;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests.Hosting;

/// <summary>A scratch project: a copy of the environment files and a docs directory, and the command run in-process on them.</summary>
internal sealed class DocsRun : IDisposable
{
    private readonly ScratchProject _project = new("wumbo-docs-");

    public string OutputDirectory => Path.Combine(_project.Root, "docs");

    public string Stdout { get; private set; } = string.Empty;

    public string Stderr { get; private set; } = string.Empty;

    public int Run(params string[] extraArguments) => RunWith(null, extraArguments);

    /// <summary>Runs the command with these environment variables (none of the test process's own).</summary>
    public int RunWith(IReadOnlyDictionary<string, string>? variables, params string[] extraArguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = DocsCommand.Run(
            ["--environments", _project.EnvironmentsDirectory, "--out", OutputDirectory, .. extraArguments],
            stdout,
            stderr,
            name => variables?.GetValueOrDefault(name),
            FixedClock.Instance);
        (Stdout, Stderr) = (stdout.ToString(), stderr.ToString());
        return exitCode;
    }

    /// <summary>Every file below the docs directory: relative path → bytes; empty when there is none.</summary>
    public SortedDictionary<string, byte[]> OutputFiles() => ScratchProject.Files(OutputDirectory);

    /// <summary>Replaces text in one of the environment files.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_project.EnvironmentsDirectory, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => _project.Dispose();
}
