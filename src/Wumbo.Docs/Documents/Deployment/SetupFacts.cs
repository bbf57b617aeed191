using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// What the first apply of one environment needs: where its state lives, whether it goes first (it creates a
/// resource the account's other environments use), the images to push before the services can start (each
/// repository and tag its task definitions name), and the secrets to put values into (those a service reads;
/// the others are listed apart, since nothing reads them).
/// </summary>
public sealed partial record SetupFacts(
    string State,
    bool DeploysFirst,
    ImmutableArray<string> BootstrapImages,
    ImmutableArray<SecretFacts> SecretsToFill,
    ImmutableArray<SecretFacts> UnreadSecrets)
{
    public static SetupFacts From(EnvironmentModel model, StackFacts stack, ImmutableArray<SecretFacts> secrets) =>
        new(
            StateLocation(model),
            model.Registry.CiAccess.OwnsOidcProvider || model.Email.OwnsDomainIdentity,
            [.. stack.Resources("aws_ecs_task_definition")
                .SelectMany(task => ImageReference().Matches(task.Text("container_definitions") ?? string.Empty))
                .Select(image => stack.Resource(image.Groups["repository"].Value)?.Text("name") + ":" + image.Groups["tag"].Value)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)],
            [.. secrets.Where(s => s.ReadBy.Length > 0)],
            [.. secrets.Where(s => s.ReadBy.Length == 0)]);

    private static string StateLocation(EnvironmentModel model) => model.StateBackend switch
    {
        TerraformCloudStateBackend cloud => $"Terraform Cloud{(cloud.Hostname is null ? string.Empty : " at " + cloud.Hostname)}, organization {cloud.Organization}, workspace {cloud.Workspace}",
        S3StateBackend s3 => $"S3, bucket {s3.Bucket}, key {s3.Key} ({s3.Region.Value})",
        LocalStateBackend local => "a local file in the stack's directory" + (local.Path is null ? string.Empty : ", " + local.Path),
        _ => throw new InvalidOperationException($"no description of a {model.StateBackend.GetType().Name}"),
    };

    // "image" = "${aws_ecr_repository.<name>.repository_url}:<tag>" inside a task definition's jsonencode(...).
    [GeneratedRegex(@"\$\{(?<repository>aws_ecr_repository\.[A-Za-z0-9_-]+)\.repository_url\}:(?<tag>[A-Za-z0-9_.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ImageReference();
}
