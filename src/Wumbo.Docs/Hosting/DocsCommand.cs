namespace Wumbo.Docs.Hosting;

/// <summary>The docs command: load the environments, render every document, write docs/ whole (or, with --check, compare).</summary>
internal static class DocsCommand
{
    public const int Success = 0;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Placeholder until the command lands.
        _ = args;
        _ = stderr;
        stdout.Write("Wumbo.Docs\n");
        return Success;
    }
}
