using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>The load balancer, the API host and the apps point at one backend API: exactly one api service.</summary>
internal sealed class ApiServiceCountRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var services = model.Compute.Services;
        var apis = Enumerable.Range(0, services.Length).Where(i => services[i].Role == ServiceRole.Api).ToList();
        if (apis.Count == 0)
        {
            diagnostics.Report(
                DiagnosticCatalog.ApiServiceCount,
                sources,
                ModelPaths.Services,
                $"no service has role api; the load balancer and {model.Dns.ApiHost} need exactly one",
                "add the backend API service with role: api, a port and a health_check_path");
        }

        foreach (var i in apis.Skip(1))
        {
            diagnostics.Report(
                DiagnosticCatalog.ApiServiceCount,
                sources,
                ModelPaths.Service(i, "role"),
                $"service '{services[i].Name}' is a second api service besides '{services[apis[0]].Name}' ({ModelPaths.Item(ModelPaths.Services, apis[0])}); the load balancer serves exactly one",
                "give the other service role worker, or merge the two");
        }
    }
}
