using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>
/// State in a local file. The default path is relative (<c>terraform.&lt;stackId&gt;.tfstate</c>), never the
/// absolute path cdktf derives from the working directory (DEVIATIONS.md). It is also the implicit backend.
/// </summary>
public sealed class LocalBackend : TerraformBackend
{
    private readonly LocalBackendConfig _config;

    public LocalBackend(TerraformStack scope, LocalBackendConfig? config = null)
        : base(scope, "local") => _config = config ?? new LocalBackendConfig();

    protected override JsonObject ToConfig() => JsonObject.Of(
        ("path", JsonValue.From(_config.Path ?? "terraform." + TerraformStack.Of(this)?.Node.Id + ".tfstate")),
        ("workspace_dir", Optional(_config.WorkspaceDir)));
}
