using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's EcrStack: the image repositories, scanned on push (SECURITY-RULES R1), with immutable tags so
/// that a deployed tag always means the same image (R2: CI tags images with the git SHA), KMS-encrypted (R3,
/// the production key there), and a lifecycle policy each (R4). The CI principal that pushes is added by
/// <see cref="GrantCiAccess"/> once the services it deploys exist.
/// </summary>
internal sealed class Ecr : Construct
{
    private readonly StackContext _context;

    public Ecr(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "registry");
        _context = context;
        var lifecycle = LifecyclePolicy(context);
        Repositories = context.Environment.Registry.Repositories.ToImmutableSortedDictionary(
            definition => definition.Id,
            definition =>
            {
                var repository = new AwsEcrRepository(this, definition.Id, new AwsEcrRepositoryConfig
                {
                    Name = definition.Name,
                    ImageTagMutability = "IMMUTABLE",
                    ImageScanningConfiguration = new AwsEcrRepositoryImageScanningConfiguration { ScanOnPush = true },
                    EncryptionConfiguration = [new AwsEcrRepositoryEncryptionConfiguration { EncryptionType = "KMS", KmsKey = context.KeyArn }],
                    ForceDelete = false,
                });
                _ = new AwsEcrLifecyclePolicy(this, definition.Id + "-lifecycle", new AwsEcrLifecyclePolicyConfig
                {
                    Repository = repository.Name,
                    Policy = lifecycle,
                });
                return repository;
            },
            StringComparer.Ordinal);
    }

    public ImmutableSortedDictionary<string, AwsEcrRepository> Repositories { get; }

    /// <summary>The principal CI pushes images and deploys the services with (see <see cref="CiAccess"/>).</summary>
    public CiAccess GrantCiAccess(CiDeployTargets targets) => new(this, "ci", _context, [.. Repositories.Values], targets);

    // Untagged layers go first; then only the newest tagged images stay, enough to roll back to.
    private static TfString LifecyclePolicy(StackContext context)
    {
        var settings = context.Environment.Registry.Lifecycle;
        return Fn.Jsonencode(Tf.Map(("rules", Tf.List(
            Tf.Map(
                ("rulePriority", 1),
                ("description", $"Expire untagged images after {settings.ExpireUntaggedAfterDays} days"),
                ("selection", Tf.Map(("tagStatus", "untagged"), ("countType", "sinceImagePushed"), ("countUnit", "days"), ("countNumber", settings.ExpireUntaggedAfterDays))),
                ("action", Tf.Map(("type", "expire")))),
            Tf.Map(
                ("rulePriority", 2),
                ("description", $"Keep the newest {settings.KeepTaggedImages} images"),
                ("selection", Tf.Map(("tagStatus", "any"), ("countType", "imageCountMoreThan"), ("countNumber", settings.KeepTaggedImages))),
                ("action", Tf.Map(("type", "expire"))))))));
    }
}
