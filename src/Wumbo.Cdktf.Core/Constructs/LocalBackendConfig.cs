namespace Wumbo.Cdktf.Constructs;

public sealed record LocalBackendConfig
{
    /// <summary>The state file, relative to the stack directory; defaults to <c>terraform.&lt;stackId&gt;.tfstate</c>.</summary>
    public string? Path { get; init; }

    public string? WorkspaceDir { get; init; }
}
