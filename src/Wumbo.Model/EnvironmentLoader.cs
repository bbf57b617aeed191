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

        CheckDistinctNames(bound, diagnostics);
        foreach (var environment in bound)
        {
            foreach (var rule in EnvironmentRules.PerEnvironment)
            {
                rule.Check(environment.Model, environment.Sources, diagnostics);
            }
        }

        var all = bound.ToImmutableArray();
        foreach (var rule in EnvironmentRules.AcrossEnvironments)
        {
            rule.Check(all, diagnostics);
        }

        var environments = diagnostics.Any(d => d.IsError)
            ? []
            : bound.Select(b => b.Model).OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray();
        return new ModelLoadResult(environments, [.. diagnostics.Order(DiagnosticOrder.Instance)]);
    }

    private static BoundEnvironment? Bind(SourceFile file, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        var read = YamlReader.Read(file, limits);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Root is null)
        {
            return null;
        }

        SecretScanner.Scan(read.Root, diagnostics);
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

    private static void CheckDistinctNames(List<BoundEnvironment> bound, List<Diagnostic> diagnostics)
    {
        foreach (var group in bound.GroupBy(b => b.Model.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Sources.File;
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateEnvironment.At(
                    duplicate.Sources.Find("environment.name"),
                    $"the environment '{group.Key}' is already defined in '{first}'",
                    "environment.name"));
            }
        }
    }
}
