using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>Each service pulls its image from a repository the registry declares, by id.</summary>
internal sealed class ImageRepositoryRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var ids = model.Registry.Repositories.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var declared = ids.Count == 0
            ? "registry.repositories declares none"
            : "declared ids: " + string.Join(", ", ids.Order(StringComparer.Ordinal));
        var services = model.Compute.Services;
        for (var i = 0; i < services.Length; i++)
        {
            if (!ids.Contains(services[i].ImageRepository))
            {
                diagnostics.Report(
                    DiagnosticCatalog.UnknownImageRepository,
                    sources,
                    ModelPaths.Service(i, "image_repository"),
                    $"service '{services[i].Name}' uses image repository '{services[i].ImageRepository}', which registry.repositories does not declare",
                    declared);
            }
        }
    }
}
