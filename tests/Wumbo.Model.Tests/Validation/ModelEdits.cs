using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

/// <summary>Short edits of nested model values for tests.</summary>
internal static class ModelEdits
{
    public static EnvironmentModel WithService(this EnvironmentModel model, int index, Func<ServiceDefinition, ServiceDefinition> edit) =>
        model with { Compute = model.Compute with { Services = model.Compute.Services.SetItem(index, edit(model.Compute.Services[index])) } };

    public static EnvironmentModel WithServices(this EnvironmentModel model, params ServiceDefinition[] services) =>
        model with { Compute = model.Compute with { Services = [.. services] } };

    public static EnvironmentModel WithSecrets(this EnvironmentModel model, Func<ImmutableArray<SecretDefinition>, ImmutableArray<SecretDefinition>> edit) =>
        model with { Security = model.Security with { Secrets = edit(model.Security.Secrets) } };

    public static EnvironmentModel WithNetwork(this EnvironmentModel model, Func<NetworkSettings, NetworkSettings> edit) =>
        model with { Network = edit(model.Network) };
}
