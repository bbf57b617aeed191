namespace Wumbo.Docs.Hosting;

/// <summary>Parses the docs command's arguments, in the manner of the synthesizer's (<c>Wumbo.Cdktf --help</c>).</summary>
internal static class DocsCommandLine
{
    public const string Usage = """
        Usage: Wumbo.Docs [--check] [--environments DIR] [--out DIR]

        Renders the infrastructure docs from the environment files (DIR/<name>.yaml) and the stacks synthesized
        from them: DEPLOYMENT.md, COSTS.md, APP-IDENTIFIERS.md and ENVIRONMENTS.md, written as a whole into the
        output directory (any other file there is removed).

          --check             write nothing; compare the output directory with what would be written, and print
                              a diff of every stale document
          --environments DIR  where the environment files are (default: environments)
          --out DIR           output directory (default: docs)
          --help              show this text

        Environment: GITHUB_ACTIONS=true (each diagnostic is also printed as a GitHub Actions annotation).
        Output: plain text, with no colour or terminal control codes (NO_COLOR is honoured: there is no colour
        to turn off).
        Diagnostics are MSBuild-style, errors on stderr; a run ends with one summary line: the documents written
        (or checked), the environments rendered, time taken.
        Exit codes: 0 written (with --check: current), 1 the input has errors (nothing written) or, with --check,
        the docs are stale, 2 usage error.
        """;

    public static bool TryParse(IReadOnlyList<string> args, out DocsOptions options, out string error)
    {
        var environments = "environments";
        var output = "docs";
        var check = false;
        var help = false;
        error = string.Empty;
        for (var i = 0; i < args.Count && error.Length == 0; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--check":
                    check = true;
                    break;
                case "--environments" or "--out" when i + 1 >= args.Count:
                    error = $"{args[i]} needs a value";
                    break;
                case "--environments":
                    environments = args[++i];
                    break;
                case "--out":
                    output = args[++i];
                    break;
                default:
                    error = $"unknown argument '{args[i]}'";
                    break;
            }
        }

        options = new DocsOptions(environments, output, check, help);
        return error.Length == 0;
    }
}
