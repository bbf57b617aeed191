using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;
using Wumbo.Model.Validation;

namespace Wumbo.Model.Tests.Validation;

/// <summary>Runs every registered rule, as the loader will, so a test also proves its rule is registered.</summary>
internal static class RuleRun
{
    public static (List<Diagnostic> Diagnostics, TestSources Sources) One(EnvironmentModel model)
    {
        var sources = TestSources.For(model);
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in EnvironmentRules.PerEnvironment)
        {
            rule.Check(model, sources.Map, diagnostics);
        }

        return (diagnostics, sources);
    }

    public static (List<Diagnostic> Diagnostics, ImmutableArray<TestSources> Sources) Set(params EnvironmentModel[] models)
    {
        // Files are numbered so that two environments with the same name still have distinct files.
        var sources = models.Select((m, i) => TestSources.For(m, $"environments/{i}-{m.Name}.yaml")).ToImmutableArray();
        var bound = models.Zip(sources, (m, s) => new BoundEnvironment(m, s.Map)).ToImmutableArray();
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in EnvironmentRules.AcrossEnvironments)
        {
            rule.Check(bound, diagnostics);
        }

        return (diagnostics, sources);
    }

    /// <summary>
    /// Asserts exactly one diagnostic of <paramref name="descriptor"/> at <paramref name="modelPath"/>, placed on
    /// the line and column of <paramref name="spanPath"/> (by default the value itself, which must be written).
    /// </summary>
    public static Diagnostic Single(
        IEnumerable<Diagnostic> diagnostics, DiagnosticDescriptor descriptor, TestSources sources, string modelPath, string? spanPath = null)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Code == descriptor.Code);
        AssertAt(diagnostic, sources, modelPath, spanPath ?? modelPath);
        return diagnostic;
    }

    /// <summary>Asserts the diagnostics of <paramref name="descriptor"/> are exactly at these written values, in order.</summary>
    public static void Many(IEnumerable<Diagnostic> diagnostics, DiagnosticDescriptor descriptor, TestSources sources, params string[] modelPaths)
    {
        var matching = diagnostics.Where(d => d.Code == descriptor.Code).ToList();
        Assert.Equal(modelPaths, matching.Select(d => d.ModelPath));
        for (var i = 0; i < modelPaths.Length; i++)
        {
            AssertAt(matching[i], sources, modelPaths[i], modelPaths[i]);
        }
    }

    private static void AssertAt(Diagnostic diagnostic, TestSources sources, string modelPath, string spanPath)
    {
        Assert.Equal(modelPath, diagnostic.ModelPath);
        Assert.True(sources.Spans.TryGetValue(spanPath, out var expected), "no span written for " + spanPath);
        var span = Assert.NotNull(diagnostic.Span);
        Assert.Equal(sources.Map.File, span.File);
        Assert.Equal((expected.StartLine, expected.StartColumn), (span.StartLine, span.StartColumn));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }
}
