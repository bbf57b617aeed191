using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using Wumbo.Model.Shapes;
using Wumbo.Model.Validation;
using Wumbo.Model.Yaml;

namespace Wumbo.Model;

/// <summary>
/// Loads environment files into the typed model: read (YAML, limits, secrets), bind (types, keys, ranges),
/// check each file is named after its environment, then run every domain rule per environment and across
/// them. Every problem of every file is reported at once; it never throws for any input.
/// </summary>
public static class EnvironmentLoader
{
    public static ModelLoadResult Load(IEnumerable<SourceFile> files, YamlLimits? limits = null)
    {
        var diagnostics = new List<Diagnostic>();
        var bound = new List<BoundEnvironment>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoEnvironmentFiles.At(
                null, "no environment files were given", hint: "add environments/<name>.yaml, one file per environment"));
        }

        foreach (var file in ordered)
        {
            if (Bind(file, limits ?? YamlLimits.Default, diagnostics) is { } environment)
            {
                bound.Add(environment);
            }
        }

        var distinct = DistinctByName(bound, diagnostics);
        foreach (var environment in bound)
        {
            foreach (var rule in EnvironmentRules.PerEnvironment)
            {
                rule.Check(environment.Model, environment.Sources, diagnostics);
            }
        }

        foreach (var rule in EnvironmentRules.AcrossEnvironments)
        {
            rule.Check(distinct, diagnostics);
        }

        var failed = diagnostics.Any(d => d.IsError);
        var environments = failed ? [] : bound.Select(b => b.Model).OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray();
        var sources = failed
            ? ImmutableSortedDictionary.Create<string, SourceMap>(StringComparer.Ordinal)
            : bound.ToImmutableSortedDictionary(b => b.Model.Name, b => b.Sources, StringComparer.Ordinal);
        return new ModelLoadResult(environments, [.. diagnostics.Order(DiagnosticOrder.Instance)], sources);
    }

    private static BoundEnvironment? Bind(SourceFile file, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        var read = YamlReader.Read(file, limits);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Root is null)
        {
            return null;
        }

        SecretScanner.Scan(read.Root, ModelShapes.Environment, diagnostics);
        var binder = new Binder(file.Path, diagnostics);
        if (binder.BindRoot(read.Root, ModelShapes.Environment) is not EnvironmentModel model)
        {
            return null;
        }

        var environment = new BoundEnvironment(model, binder.Sources);
        var expected = Path.GetFileNameWithoutExtension(file.Path);
        if (!string.Equals(expected, model.Name, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.FileNameMismatch.At(
                environment.Sources.Find("environment.name"),
                $"the file '{Path.GetFileName(file.Path)}' defines the environment '{model.Name}'",
                "environment.name",
                hint: $"rename the file to '{model.Name}.yaml' or set environment.name to '{expected}'"));
        }

        return environment;
    }

    // A second file of one environment is reported once, here, and left out of the rules across environments:
    // compared with its twin it would repeat every value (hosts, CIDR, app ids, state), one diagnostic each.
    private static ImmutableArray<BoundEnvironment> DistinctByName(List<BoundEnvironment> bound, List<Diagnostic> diagnostics)
    {
        var distinct = ImmutableArray.CreateBuilder<BoundEnvironment>();
        foreach (var group in bound.GroupBy(b => b.Model.Name, StringComparer.Ordinal))
        {
            var first = group.First();
            distinct.Add(first);
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateEnvironment.At(
                    duplicate.Sources.Find("environment.name"),
                    $"the environment '{group.Key}' is already defined in '{first.Sources.File}'",
                    "environment.name",
                    hint: "keep one file per environment; a second name for it needs environment.name changed too"));
            }
        }

        return distinct.ToImmutable();
    }
}
