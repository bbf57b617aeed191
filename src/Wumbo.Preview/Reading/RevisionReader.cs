using System.Collections.Immutable;
using System.Text.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Preview.Reading;

/// <summary>
/// Reads a checkout as the main job left it: <c>cdktf.out/manifest.json</c>, each stack it lists
/// (<c>synthesizedStackPath</c>), and the environment files. Output that cannot be read is a diagnostic; environment
/// files that do not load only make the costs unavailable (<see cref="RevisionModels"/>).
/// </summary>
public static class RevisionReader
{
    public const string OutputFolder = "cdktf.out";

    public static Revision? Read(string root, string label, ICollection<Diagnostic> diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(PreviewDiagnostics.CheckoutMissing.At(null, $"the {label} checkout '{root}' does not exist"));
            return null;
        }

        var manifestPath = Path.Combine(root, OutputFolder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            diagnostics.Add(PreviewDiagnostics.OutputMissing.At(
                null,
                $"the {label} checkout has no '{manifestPath}'",
                hint: "run the main job in that checkout first: dotnet run --project src/Wumbo.Cdktf -c Release"));
            return null;
        }

        var count = diagnostics.Count;
        var stacks = ImmutableSortedDictionary.CreateBuilder<string, SynthesizedEnvironment>(StringComparer.Ordinal);
        foreach (var (environment, relativePath) in StackPaths(manifestPath, diagnostics))
        {
            var path = Path.Combine(root, OutputFolder, relativePath);
            if (!File.Exists(path))
            {
                diagnostics.Add(PreviewDiagnostics.StackMissing.At(SourceSpan.StartOf(manifestPath), $"the manifest lists the stack '{environment}' at '{relativePath}', which does not exist"));
                continue;
            }

            if (ReadStack(environment, path, diagnostics) is { } stack)
            {
                stacks[environment] = stack;
            }
        }

        return diagnostics.Count > count ? null : new Revision(label, stacks.ToImmutable(), RevisionModelLoader.Load(root, label));
    }

    private static List<(string Environment, string RelativePath)> StackPaths(string manifestPath, ICollection<Diagnostic> diagnostics)
    {
        using var manifest = ParseJson(manifestPath, diagnostics);
        if (manifest is null)
        {
            return [];
        }

        if (!manifest.RootElement.TryGetProperty("stacks", out var stacks) || stacks.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(PreviewDiagnostics.UnreadableOutput.At(SourceSpan.StartOf(manifestPath), "the manifest has no \"stacks\" object"));
            return [];
        }

        var paths = new List<(string, string)>();
        foreach (var stack in stacks.EnumerateObject())
        {
            if (stack.Value.ValueKind == JsonValueKind.Object
                && stack.Value.TryGetProperty("synthesizedStackPath", out var path)
                && path.ValueKind == JsonValueKind.String)
            {
                paths.Add((stack.Name, path.GetString()!));
            }
            else
            {
                diagnostics.Add(PreviewDiagnostics.UnreadableOutput.At(SourceSpan.StartOf(manifestPath), $"the manifest's stack '{stack.Name}' has no \"synthesizedStackPath\""));
            }
        }

        return paths;
    }

    private static SynthesizedEnvironment? ReadStack(string environment, string path, ICollection<Diagnostic> diagnostics)
    {
        using var document = ParseJson(path, diagnostics);
        if (document is null)
        {
            return null;
        }

        try
        {
            return SynthesizedEnvironment.Parse(environment, document.RootElement.GetRawText());
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
        {
            diagnostics.Add(PreviewDiagnostics.UnreadableOutput.At(SourceSpan.StartOf(path), $"the stack '{environment}' is not a Terraform JSON stack: {e.Message}"));
            return null;
        }
    }

    private static JsonDocument? ParseJson(string path, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            var span = SourceSpan.At(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(PreviewDiagnostics.UnreadableOutput.At(span, "not valid JSON: " + e.Message));
            return null;
        }
    }
}
