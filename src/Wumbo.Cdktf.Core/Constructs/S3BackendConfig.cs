namespace Wumbo.Cdktf.Constructs;

public sealed record S3BackendConfig
{
    public required string Bucket { get; init; }

    public required string Key { get; init; }

    public required string Region { get; init; }

    /// <summary>Server-side encryption of the state object; on unless switched off.</summary>
    public bool Encrypt { get; init; } = true;

    /// <summary>S3-native locking (Terraform 1.10+). Defaults to on when no <see cref="DynamodbTable"/> is given.</summary>
    public bool? UseLockfile { get; init; }

    /// <summary>Locking through a DynamoDB table (the older mechanism).</summary>
    public string? DynamodbTable { get; init; }

    public string? KmsKeyId { get; init; }

    public string? WorkspaceKeyPrefix { get; init; }
}
