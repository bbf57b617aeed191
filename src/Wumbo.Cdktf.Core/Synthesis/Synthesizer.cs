using System.Collections.Immutable;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>
/// The fixed phases: prepare (aspects, implicit backends) → resolve (logical ids, collisions) →
/// validate → synthesize → check. Only prepare changes the tree; artifacts are returned only without errors.
/// </summary>
public static class Synthesizer
{
    /// <summary>
    /// Runs every phase; <paramref name="check"/>, when given, reads each rendered stack before anything is
    /// returned (a policy pack, say), and its errors withhold the artifacts like any other.
    /// </summary>
    public static SynthesisResult Synthesize(App app, StackCheck? check = null)
    {
        var stacks = app.Node.FindAll().OfType<TerraformStack>().ToList();
        Prepare(app, stacks);

        var diagnostics = new List<Diagnostic>();
        if (stacks.Count == 0)
        {
            diagnostics.Add(SynthesisDiagnostics.NoStacks.At(null, "The app defines no TerraformStack; nothing is synthesized"));
        }

        foreach (var stack in stacks)
        {
            LogicalIdChecks.Check(stack, diagnostics);
        }

        Validate(app, diagnostics);

        var rendered = stacks.Select(stack => (Stack: stack, Json: StackSynthesizer.Synthesize(stack, diagnostics))).ToList();
        foreach (var (stack, json) in rendered)
        {
            check?.Invoke(stack, json, diagnostics);
        }

        var sorted = diagnostics.Order(DiagnosticOrder.Instance).ToImmutableArray();
        if (sorted.Any(d => d.IsError))
        {
            return new SynthesisResult(sorted, []);
        }

        var artifacts = rendered
            .Select(r => new SynthesisArtifact(StackSynthesizer.StackFilePath(r.Stack), TerraformJsonWriter.Write(r.Json)))
            .Prepend(new SynthesisArtifact("manifest.json", TerraformJsonWriter.Write(Manifest.Build(stacks))));
        return new SynthesisResult(sorted, [.. artifacts]);
    }

    // The implicit backend comes first so that aspects see the finished tree.
    private static void Prepare(App app, List<TerraformStack> stacks)
    {
        foreach (var stack in stacks.Where(s => !s.Elements().OfType<TerraformBackend>().Any()))
        {
            _ = new LocalBackend(stack);
        }

        foreach (var construct in app.Node.FindAll().ToList())
        {
            foreach (var aspect in construct.Node.Scopes.SelectMany(s => s.Node.Aspects).ToList())
            {
                if (construct.Node.MarkApplied(aspect))
                {
                    aspect.Visit(construct);
                }
            }
        }
    }

    private static void Validate(App app, List<Diagnostic> diagnostics)
    {
        foreach (var construct in app.Node.FindAll())
        {
            construct.Validate(diagnostics);
            foreach (var duplicate in construct.Node.DuplicateChildIds)
            {
                diagnostics.Add(SynthesisDiagnostics.DuplicateConstructId.At(
                    null, $"'{construct.Node.Path}' has two children with id '{duplicate}'", construct.Node.Path));
            }

            foreach (var error in construct.Node.Annotations.Where(a => a.Level == AnnotationLevel.Error))
            {
                diagnostics.Add(SynthesisDiagnostics.ErrorAnnotation.At(null, error.Message, error.ConstructPath));
            }

            if (construct is TerraformElement && TerraformStack.Of(construct) is null)
            {
                diagnostics.Add(SynthesisDiagnostics.ElementOutsideStack.At(
                    null, $"'{construct.Node.Path}' is not inside a TerraformStack", construct.Node.Path));
            }
        }
    }
}
