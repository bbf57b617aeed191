using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Constructs;

/// <summary>HCP Terraform / Terraform Enterprise: <c>terraform.cloud</c>, metadata <c>cloud</c> = <c>tfc</c> or <c>tfe</c>.</summary>
public sealed class CloudBackend : TerraformBackend
{
    private readonly CloudBackendConfig _config;

    public CloudBackend(TerraformStack scope, CloudBackendConfig config)
        : base(scope, "cloud") => _config = config;

    private string CloudKind =>
        _config.Hostname is null || _config.Hostname.StartsWith("app.terraform.io", StringComparison.Ordinal) ? "tfc" : "tfe";

    public override JsonObject ToTerraform(ResolveContext context) =>
        JsonObject.Of(("terraform", JsonObject.Of(("cloud", Overrides.Apply(ToConfig(), context)))));

    public override JsonObject ToMetadata() =>
        JsonMerge.Merge(base.ToMetadata(), JsonObject.Of(("metadata", JsonObject.Of(("cloud", JsonValue.From(CloudKind))))));

    protected override JsonObject ToConfig() => JsonObject.Of(
        ("hostname", Optional(_config.Hostname)),
        ("organization", JsonValue.From(_config.Organization)),
        ("workspaces", JsonObject.Of(("name", JsonValue.From(_config.WorkspaceName)), ("project", Optional(_config.Project)))));
}
