using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>A rule judged one Fargate service at a time; <c>index</c> locates it in compute.services.</summary>
internal abstract class ServiceRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var services = model.Compute.Services;
        for (var i = 0; i < services.Length; i++)
        {
            Check(model, services[i], i, sources, diagnostics);
        }
    }

    protected abstract void Check(EnvironmentModel model, ServiceDefinition service, int index, SourceMap sources, ICollection<Diagnostic> diagnostics);
}
