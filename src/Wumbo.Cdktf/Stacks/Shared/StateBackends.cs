using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>Maps the model's state backend onto the stack's Terraform backend.</summary>
internal static class StateBackends
{
    public static void Attach(TerraformStack stack, EnvironmentModel environment)
    {
        switch (environment.StateBackend)
        {
            case LocalStateBackend local:
                _ = new LocalBackend(stack, new LocalBackendConfig { Path = local.Path });
                break;
            case S3StateBackend s3:
                // Without a DynamoDB table, S3's own lock file (Terraform 1.10+) locks the state.
                _ = new S3Backend(stack, new S3BackendConfig
                {
                    Bucket = s3.Bucket,
                    Key = s3.Key,
                    Region = s3.Region.Value,
                    DynamodbTable = s3.DynamodbTable,
                    UseLockfile = s3.DynamodbTable is null ? true : null,
                });
                break;
            case TerraformCloudStateBackend cloud:
                _ = new CloudBackend(stack, new CloudBackendConfig
                {
                    Organization = cloud.Organization,
                    WorkspaceName = cloud.Workspace,
                    Hostname = cloud.Hostname,
                });
                break;
            default:
                throw new InvalidOperationException($"no Terraform backend for {environment.StateBackend.GetType().Name}");
        }
    }
}
