using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// Secret names start with <c>&lt;environment&gt;/wumbo/</c> (seed: development/wumbo/plaid): the prefix keeps
/// environments sharing an account apart and lets each task role be granted that prefix only.
/// </summary>
internal sealed class SecretNamePrefixRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var prefix = model.Name + "/wumbo/";
        var secrets = model.Security.Secrets;
        for (var i = 0; i < secrets.Length; i++)
        {
            var name = secrets[i].Name;
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            diagnostics.Report(
                DiagnosticCatalog.SecretNamePrefix,
                sources,
                ModelPaths.Item(ModelPaths.Secrets, i, "name"),
                $"secret name '{name}' does not start with '{prefix}' followed by a name",
                $"name it '{prefix}{secrets[i].Id}'");
        }
    }
}
