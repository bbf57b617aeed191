namespace Wumbo.Testing.Tools;

/// <summary>How a process ended. A timed-out process was killed with its whole tree; its exit code is then meaningless.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Both streams, for failure messages.</summary>
    public string CombinedOutput => StandardError.Length == 0 ? StandardOutput : StandardOutput + "\n" + StandardError;
}
