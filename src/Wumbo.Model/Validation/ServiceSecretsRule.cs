using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>A service reads only secrets that security.secrets declares, by id (the stacks grant and inject exactly these).</summary>
internal sealed class ServiceSecretsRule : ServiceRule
{
    protected override void Check(EnvironmentModel model, ServiceDefinition service, int index, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var declared = model.Security.Secrets.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < service.Secrets.Length; i++)
        {
            if (!declared.Contains(service.Secrets[i]))
            {
                diagnostics.Report(
                    DiagnosticCatalog.UnknownServiceSecret,
                    sources,
                    ModelPaths.Item(ModelPaths.Service(index, "secrets"), i),
                    $"service '{service.Name}' reads secret '{service.Secrets[i]}', which security.secrets does not declare",
                    Suggestions.Closest(service.Secrets[i], declared) is { } closest
                        ? $"did you mean '{closest}'?"
                        : "declared ids: " + string.Join(", ", declared.Order(StringComparer.Ordinal)));
            }
        }
    }
}
