using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>The load balancer's target group needs the api container's port and a health-check path.</summary>
internal sealed class ApiServiceEndpointRule : ServiceRule
{
    protected override void Check(EnvironmentModel model, ServiceDefinition service, int index, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (service.Role != ServiceRole.Api)
        {
            return;
        }

        if (service.Port is null)
        {
            diagnostics.Report(
                DiagnosticCatalog.ApiServiceEndpoint,
                sources,
                ModelPaths.Service(index, "port"),
                $"api service '{service.Name}' has no port for the load balancer to forward to",
                "set port to the container port, for example 8000");
        }

        if (string.IsNullOrWhiteSpace(service.HealthCheckPath))
        {
            diagnostics.Report(
                DiagnosticCatalog.ApiServiceEndpoint,
                sources,
                ModelPaths.Service(index, "health_check_path"),
                $"api service '{service.Name}' has no health_check_path for the load balancer's target group",
                "set health_check_path, for example /health/");
        }
        else if (!service.HealthCheckPath.StartsWith('/'))
        {
            diagnostics.Report(
                DiagnosticCatalog.ApiServiceEndpoint,
                sources,
                ModelPaths.Service(index, "health_check_path"),
                $"api service '{service.Name}' has health_check_path '{service.HealthCheckPath}', which does not start with '/'",
                $"did you mean '/{service.HealthCheckPath}'?");
        }
    }
}
