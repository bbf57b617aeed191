using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// One Secrets Manager secret: its name (from <see cref="EnvironmentNames"/>), what it holds, the services that
/// read it, and the JSON skeleton its value is put as (key names only; the values are never anywhere here).
/// </summary>
public sealed record SecretFacts(string Name, string Description, ImmutableArray<string> Keys, ImmutableArray<string> ReadBy, string ValueSkeleton)
{
    public static ImmutableArray<SecretFacts> From(EnvironmentModel model)
    {
        var names = model.Names;
        return [.. model.Security.Secrets.Select(secret => new SecretFacts(
            names.Secret(secret.Id),
            secret.Description,
            secret.Keys,
            [.. model.Compute.Services.Where(s => s.Secrets.Contains(secret.Id)).Select(names.Service)],
            "{" + string.Join(",", secret.Keys.Select(key => $"\"{key}\":\"…\"")) + "}"))];
    }
}
