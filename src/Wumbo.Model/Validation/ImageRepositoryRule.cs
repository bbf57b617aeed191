using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>Each service, and the migration task, pulls its image from a repository the registry declares, by id.</summary>
internal sealed class ImageRepositoryRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var ids = model.Registry.Repositories.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var declared = ids.Count == 0
            ? "registry.repositories declares none"
            : "declared ids: " + string.Join(", ", ids.Order(StringComparer.Ordinal));
        foreach (var task in TaskDefinitionSpec.Of(model).Where(task => !ids.Contains(task.ImageRepository)))
        {
            diagnostics.Report(
                DiagnosticCatalog.UnknownImageRepository,
                sources,
                task.Path + ".image_repository",
                $"{task.Label} uses image repository '{task.ImageRepository}', which registry.repositories does not declare",
                declared);
        }
    }
}
