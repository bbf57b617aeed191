using System.Diagnostics;
using CsCheck;
using Wumbo.Cdktf.Stacks;
using Wumbo.Model;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Fuzz;

/// <summary>
/// Thousands of mutated copies of the real environment files (keys deleted, duplicated and retyped, lines
/// swapped, tabs, truncation, random bytes, huge values, long lines, alias bombs, deep nesting), loaded and,
/// where they are still valid, synthesized. Every case must end in diagnostics or in stacks, within a bounded
/// time: never an exception or a hang. The seed is fixed, so every run tries the same cases; CsCheck prints
/// the shrunk case and its seed when one fails.
/// </summary>
public sealed class EnvironmentFuzzTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static readonly string[] Values =
    [
        string.Empty, "null", "~", "-1", "0", "2147483648", "1e309", "0x10", ".nan", "true", "yes", "[]", "[1, 2]", "{}", "{a: b}",
        "\"unterminated", "'", "&anchor", "*undefined", "!!binary AAAA", "!custom x", "- item", "? complex", "| block", "> folded",
        "10.10.0.0/33", "us-east-9", "db.t3.micro", "cache.m5.large", "\u0000", "\u202e", "👍", new string('x', 100_000),
    ];

    private static readonly Gen<Mutation> Mutations = Gen.OneOf<Mutation>(
        Gen.Int[0, 400].Select(line => (Mutation)new DeleteLine(line)),
        Gen.Int[0, 400].Select(line => (Mutation)new DuplicateLine(line)),
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, Values.Length - 1], (line, value) => (Mutation)new ReplaceValue(line, Values[value])),
        Gen.Int[0, 400].Select(line => (Mutation)new IndentWithTab(line)),
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, 400], (a, b) => (Mutation)new SwapLines(a, b)),
        Gen.Int[0, 20_000].Select(length => (Mutation)new Truncate(length)),
        Gen.Select(Gen.Int[0, 20_000], Gen.Byte.Array[1, 8], (position, bytes) => (Mutation)new InsertBytes(position, bytes)),
        Gen.Int[0, 3].Select(kind => (Mutation)Hostile(kind)));

    private static readonly IReadOnlyList<SourceFile> Files = CheckedInEnvironments.Files();

    [Fact]
    public void Mutated_environment_files_end_in_diagnostics_or_stacks_never_in_an_exception() =>
        Gen.Select(Gen.Int[0, Files.Count - 1], Mutations.Array[1, 3])
            .Sample((file, mutations) => Check(file, mutations), iter: 2500, threads: 1, seed: "0N0XIzNsQ0O2", print: Describe);

    private static void Check(int file, Mutation[] mutations)
    {
        var bytes = mutations.Aggregate(Files[file].Content.ToArray(), (content, mutation) => mutation.Apply(content));
        var files = Files.Select((f, i) => i == file ? new SourceFile(f.Path, bytes) : f).ToList();
        var clock = Stopwatch.StartNew();

        var loaded = EnvironmentLoader.Load(files);
        if (!loaded.HasErrors)
        {
            _ = WumboApp.Build(loaded.Environments).Synth();
        }

        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(loaded.HasErrors == loaded.Environments.IsEmpty);
    }

    private static AppendText Hostile(int kind) => kind switch
    {
        0 => new AppendText("alias bomb", "\nbomb:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"  a{i}: &a{i} [*a{(i == 1 ? string.Empty : i - 1)}, *a{(i == 1 ? string.Empty : i - 1)}, *a{(i == 1 ? string.Empty : i - 1)}, *a{(i == 1 ? string.Empty : i - 1)}, *a{(i == 1 ? string.Empty : i - 1)}]\n"))),
        1 => new AppendText("deep nesting", "\ndeep: " + new string('[', 5000) + new string(']', 5000) + "\n"),
        2 => new AppendText("long line", "\n# " + new string('y', 500_000) + "\n"),
        _ => new AppendText("long key", "\n" + new string('k', 50_000) + ": value\n"),
    };

    private static string Describe((int File, Mutation[] Mutations) sample) =>
        $"{Files[sample.File].Path}: {string.Join(", ", sample.Mutations.Select(m => m.ToString()))}";
}
