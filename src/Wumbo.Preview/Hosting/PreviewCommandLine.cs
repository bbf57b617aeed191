namespace Wumbo.Preview.Hosting;

/// <summary>Parses the preview's arguments, in the manner of the other hosts (<c>Wumbo.Docs --help</c>).</summary>
internal static class PreviewCommandLine
{
    public const string Usage = """
        Usage: Wumbo.Preview --base BASE --head HEAD [--output FILE]

        Compares two checkouts of this repository (the pull request's base and head), each holding the synthesized
        output of the main job (cdktf.out/), and prints the plan preview in Markdown: per environment, the resources
        added, changed, replaced, destroyed and moved, a warning for every stateful resource destroyed or replaced,
        and the monthly cost before and after with the lines that changed. Needs no credentials, backend or state.

          --base BASE    the base checkout (repository root holding cdktf.out/ and environments/)
          --head HEAD    the head checkout
          --output FILE  write the Markdown to FILE instead of stdout
          --help         show this text

        Environment: GITHUB_ACTIONS=true (each diagnostic is also printed as a GitHub Actions annotation).
        Output: plain text (the Markdown on stdout), with no colour or terminal control codes (NO_COLOR is
        honoured: there is no colour to turn off). Diagnostics are MSBuild-style, on stderr.
        Exit codes: 0 the preview was written (also when there are changes), 1 a checkout's output cannot be read,
        2 usage error.
        """;

    public static bool TryParse(IReadOnlyList<string> args, out PreviewOptions options, out string error)
    {
        string? baseRoot = null;
        string? headRoot = null;
        string? output = null;
        var help = false;
        error = string.Empty;
        for (var i = 0; i < args.Count && error.Length == 0; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--base" or "--head" or "--output" when i + 1 >= args.Count:
                    error = $"{args[i]} needs a value";
                    break;
                case "--base":
                    baseRoot = args[++i];
                    break;
                case "--head":
                    headRoot = args[++i];
                    break;
                case "--output":
                    output = args[++i];
                    break;
                default:
                    error = $"unknown argument '{args[i]}'";
                    break;
            }
        }

        if (error.Length == 0 && !help && (baseRoot is null || headRoot is null))
        {
            error = baseRoot is null ? "--base is required" : "--head is required";
        }

        options = new PreviewOptions(baseRoot ?? string.Empty, headRoot ?? string.Empty, output, help);
        return error.Length == 0;
    }
}
