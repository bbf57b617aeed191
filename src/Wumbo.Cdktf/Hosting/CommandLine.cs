namespace Wumbo.Cdktf.Hosting;

/// <summary>
/// Parses the app's arguments. The cdktf CLI passes none: it sets <c>CDKTF_OUTDIR</c> and expects every stack;
/// people add <c>--env</c> to synthesize some environments only.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: Wumbo.Cdktf [--env NAME]... [--environments DIR] [--out DIR]

        Synthesizes one Terraform stack per environment file (DIR/<name>.yaml) into the output directory
        as cdktf does (manifest.json and stacks/<name>/cdk.tf.json), replacing the directory whole: with
        --env, the other environments' stacks are removed from it, as cdktf synth removes them, and the run
        names them ("Removed stacks no longer synthesized: ..."). Terraform's own files in a kept stack's
        folder stay; a stack folder holding Terraform state is never removed (the run fails instead).

          --env NAME          synthesize only this environment (repeatable; default: all); removes the others'
                              stacks from the output directory
          --environments DIR  where the environment files are (default: environments)
          --out DIR           output directory (default: $CDKTF_OUTDIR, else cdktf.out)
          --help              show this text

        Environment: CDKTF_OUTDIR (set by the cdktf CLI), SYNTH_HCL_OUTPUT (HCL output is not supported),
        GITHUB_ACTIONS=true (each diagnostic is also printed as a GitHub Actions annotation).
        Output: plain text, with no colour or terminal control codes (NO_COLOR is honoured: there is no colour
        to turn off).
        Diagnostics are MSBuild-style (file(line,col): error WUMnnnn: message), errors on stderr; a run ends
        with one summary line: environments, resources, files written, waivers active, time taken.
        Exit codes: 0 written, 1 the input has errors (nothing written), 2 usage error.
        """;

    public static bool TryParse(IReadOnlyList<string> args, string? outdirVariable, out SynthesisOptions options, out string error)
    {
        var environments = "environments";
        var outdir = string.IsNullOrEmpty(outdirVariable) ? "cdktf.out" : outdirVariable;
        var selected = new List<string>();
        var help = false;
        error = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--env" or "--environments" or "--out" when i + 1 >= args.Count:
                    error = $"{args[i]} needs a value";
                    break;
                case "--env":
                    selected.Add(args[++i]);
                    break;
                case "--environments":
                    environments = args[++i];
                    break;
                case "--out":
                    outdir = args[++i];
                    break;
                default:
                    error = $"unknown argument '{args[i]}'";
                    break;
            }

            if (error.Length > 0)
            {
                break;
            }
        }

        options = new SynthesisOptions(environments, outdir, selected, help);
        return error.Length == 0;
    }
}
