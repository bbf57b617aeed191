namespace Wumbo.Cdktf.Constructs;

public sealed record CloudBackendConfig
{
    public required string Organization { get; init; }

    /// <summary>The workspace name (cdktf's <c>NamedCloudWorkspace</c>).</summary>
    public required string WorkspaceName { get; init; }

    public string? Project { get; init; }

    /// <summary>Absent for HCP Terraform (<c>app.terraform.io</c>); a Terraform Enterprise host otherwise.</summary>
    public string? Hostname { get; init; }
}
