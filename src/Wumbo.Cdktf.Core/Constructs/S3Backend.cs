using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>State in S3, always locked: S3-native <c>use_lockfile</c> or a DynamoDB table.</summary>
public sealed class S3Backend : TerraformBackend
{
    private readonly S3BackendConfig _config;

    public S3Backend(TerraformStack scope, S3BackendConfig config)
        : base(scope, "s3") => _config = config;

    private bool? UseLockfile => _config.UseLockfile ?? (_config.DynamodbTable is null ? true : null);

    protected override JsonObject ToConfig() => JsonObject.Of(
        ("bucket", JsonValue.From(_config.Bucket)),
        ("dynamodb_table", Optional(_config.DynamodbTable)),
        ("encrypt", JsonValue.From(_config.Encrypt)),
        ("key", JsonValue.From(_config.Key)),
        ("kms_key_id", Optional(_config.KmsKeyId)),
        ("region", JsonValue.From(_config.Region)),
        ("use_lockfile", Optional(UseLockfile)),
        ("workspace_key_prefix", Optional(_config.WorkspaceKeyPrefix)));

    protected internal override void Validate(ICollection<Diagnostic> diagnostics)
    {
        if (UseLockfile != true && _config.DynamodbTable is null)
        {
            diagnostics.Add(SynthesisDiagnostics.UnlockedS3State.At(
                null, $"State s3://{_config.Bucket}/{_config.Key} has no lock; set UseLockfile or DynamodbTable", Node.Path));
        }
    }
}
