using System.Collections.Immutable;
using System.Text;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Cdktf.Tests.Support;
using Wumbo.Diagnostics;
using Wumbo.Model;
using Wumbo.Preview.Reading;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// For every code of every catalogue, a trigger: a small break of a clean input, run through the product's own entry
/// point (the loader on the checked-in environment files, the synthesizer on a one-stack app, the refactor guard on
/// two of its stacks, the preview reader on a checkout of it), which returns everything that entry point reported.
/// One part per range; <see cref="Unbroken"/> is every input without its break, which reports nothing.
/// </summary>
internal static partial class DiagnosticTriggers
{
    /// <summary>Where the one-stack app's stack is written, below the output folder.</summary>
    private const string Stack = "stacks/dev/cdk.tf.json";

    private static readonly IReadOnlyList<SourceFile> CheckedIn = CheckedInEnvironments.Files();

    private static readonly Lazy<IReadOnlyDictionary<string, Func<IEnumerable<Diagnostic>>>> Table = new(() =>
        new[] { Reading(), DomainRules(), Synthesis(), PlanPreview(), Policy() }
            .SelectMany(part => part)
            .ToDictionary(trigger => trigger.Key.Code, trigger => trigger.Value, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, Func<IEnumerable<Diagnostic>>> ByCode => Table.Value;

    public static IEnumerable<Diagnostic> Unbroken() =>
        [.. Load(CheckedIn), .. Synthesized((_, _, _) => { }), .. Guarded(_ => { }), .. Read(_ => { }), .. Policed(_ => { })];

    /// <summary>The checked-in environment files loaded as the hosts load them.</summary>
    private static ImmutableArray<Diagnostic> Load(IEnumerable<SourceFile> files) => EnvironmentLoader.Load(files).Diagnostics;

    /// <summary>The checked-in files with one of them changed.</summary>
    private static ImmutableArray<Diagnostic> Changed(string file, Func<SourceFile, SourceFile> change) =>
        Load(CheckedIn.Select(f => f.Path == "environments/" + file ? change(f) : f));

    /// <summary>The checked-in files with the first <paramref name="from"/> of one of them replaced by <paramref name="to"/>.</summary>
    private static ImmutableArray<Diagnostic> Edited(string file, string from, string to, Encoding? encoding = null) =>
        Changed(file, f => f with { Content = (encoding ?? Encoding.UTF8).GetBytes(Replaced(Text(f), from, to)) });

    private static ImmutableArray<Diagnostic> Development(string from, string to, Encoding? encoding = null) =>
        Edited("development.yaml", from, to, encoding);

    private static string Text(SourceFile file) => Encoding.UTF8.GetString(file.Content.Span);

    private static string Replaced(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the file");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    /// <summary>What synthesis reports for a one-stack app (an aws provider and a VPC) after <paramref name="change"/>.</summary>
    private static ImmutableArray<Diagnostic> Synthesized(Action<App, TerraformStack, AwsVpc> change)
    {
        var (app, stack, vpc) = TestStacks.WithVpc();
        change(app, stack, vpc);
        return app.Synth().Diagnostics;
    }

    /// <summary>What the refactor guard reports when the one-stack app's VPC, taken as stateful, is changed.</summary>
    private static ImmutableArray<Diagnostic> Guarded(Action<AwsVpc> change) =>
        RefactorGuard.Check(StackJson(_ => { }), StackJson(change), new HashSet<string>(["aws_vpc"], StringComparer.Ordinal));

    private static string StackJson(Action<AwsVpc> change)
    {
        var (app, _, vpc) = TestStacks.WithVpc();
        change(vpc);
        return app.Synth().Find(Stack)!;
    }

    /// <summary>What the preview reader reports for a checkout holding the one-stack app's output, after <paramref name="change"/>.</summary>
    private static List<Diagnostic> Read(Action<string> change)
    {
        var root = Directory.CreateTempSubdirectory("wumbo-trigger-").FullName;
        try
        {
            foreach (var artifact in TestStacks.WithVpc().App.Synth().Artifacts)
            {
                var path = Path.Combine(root, RevisionReader.OutputFolder, artifact.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, artifact.Content);
            }

            change(root);
            var diagnostics = new List<Diagnostic>();
            _ = RevisionReader.Read(root, "head", diagnostics);
            return diagnostics;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>The triggers of one range: descriptor → what its trigger reports.</summary>
    private sealed class Part : Dictionary<DiagnosticDescriptor, Func<IEnumerable<Diagnostic>>>;
}
