using Wumbo.Cdktf.Hosting;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>A scratch project: a copy of the environment files and an output directory, and the app run in-process on them.</summary>
internal sealed class SynthRun : IDisposable
{
    private readonly ScratchProject _project = new("wumbo-synth-");

    public string EnvironmentsDirectory => _project.EnvironmentsDirectory;

    public string OutputDirectory => Path.Combine(_project.Root, "cdktf.out");

    public string Stdout { get; private set; } = string.Empty;

    public string Stderr { get; private set; } = string.Empty;

    public int Run(IReadOnlyDictionary<string, string>? variables = null, params string[] extraArguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = SynthCommand.Run(
            ["--environments", EnvironmentsDirectory, "--out", OutputDirectory, .. extraArguments],
            stdout,
            stderr,
            name => variables?.GetValueOrDefault(name),
            FixedClock.Instance);
        (Stdout, Stderr) = (stdout.ToString(), stderr.ToString());
        return exitCode;
    }

    /// <summary>Every file below the output directory: relative path → bytes.</summary>
    public SortedDictionary<string, byte[]> OutputFiles() => ScratchProject.Files(OutputDirectory);

    public void Dispose() => _project.Dispose();
}
