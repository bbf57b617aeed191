using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The Secrets Manager secrets the model declares, by name only: their values are put there by hand
/// (<c>aws secretsmanager put-secret-value</c>) and never pass through the repository, Terraform or its state.
/// In production they are encrypted with the customer-managed key (SECURITY-RULES M1). A deleted secret can be
/// recovered for the model's window (30 days in production; 7 elsewhere, so a rebuilt environment can reuse the names sooner).
/// </summary>
internal sealed class AppSecrets : Construct
{
    public AppSecrets(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "security.secrets");
        ById = context.Environment.Security.Secrets.ToImmutableSortedDictionary(
            secret => secret.Id,
            secret => new AwsSecretsmanagerSecret(this, secret.Id, new AwsSecretsmanagerSecretConfig
            {
                Name = secret.Name,
                Description = secret.Description + " (keys: " + string.Join(", ", secret.Keys) + ")",
                KmsKeyId = context.KeyArn,
                RecoveryWindowInDays = context.Environment.Security.SecretRecoveryWindowDays,
            }),
            StringComparer.Ordinal);
        var secrets = context.Environment.Security.Secrets;
        for (var index = 0; index < secrets.Length; index++)
        {
            ModelOrigin.Record(ById[secrets[index].Id], FormattableString.Invariant($"security.secrets[{index}]"));
        }
    }

    public ImmutableSortedDictionary<string, AwsSecretsmanagerSecret> ById { get; }
}
