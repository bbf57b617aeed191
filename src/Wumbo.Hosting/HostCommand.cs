namespace Wumbo.Hosting;

/// <summary>
/// The frame a command-line host runs its work in: arguments that do not parse print the error and the usage
/// (exit 2), <c>--help</c> prints the usage (exit 0), and a file that cannot be read or written prints its message
/// (exit 1) rather than a stack trace.
/// </summary>
public static class HostCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>Parses a host's arguments into its options, or says what is wrong with them.</summary>
    public delegate bool ArgumentParser<TOptions>(IReadOnlyList<string> args, out TOptions options, out string error);

    public static int Run<TOptions>(
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr,
        string usage,
        ArgumentParser<TOptions> parse,
        Func<TOptions, bool> showHelp,
        Func<TOptions, int> work)
    {
        if (!parse(args, out var options, out var usageError))
        {
            stderr.Write($"error: {usageError}\n\n{usage}\n");
            return UsageError;
        }

        if (showHelp(options))
        {
            stdout.Write(usage + "\n");
            return Success;
        }

        try
        {
            return work(options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"error: {e.Message}\n");
            return Failure;
        }
    }
}
