using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// Where an environment's remote Terraform state lives, for the rule that two environments never share one.
/// Local state is kept per stack directory, so it cannot collide and has no location here.
/// </summary>
internal static class StateLocation
{
    public static (string Path, string Value)? Of(EnvironmentModel model) => model.StateBackend switch
    {
        S3StateBackend s3 => (ModelPaths.StateBackendVariant(s3) + ".key", $"s3://{s3.Bucket}/{s3.Key}"),
        TerraformCloudStateBackend cloud => (
            ModelPaths.StateBackendVariant(cloud) + ".workspace",
            $"{cloud.Hostname ?? "app.terraform.io"}/{cloud.Organization}/{cloud.Workspace}"),
        _ => null,
    };
}
