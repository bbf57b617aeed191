using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("Secrets Manager secrets (names and key names only, never values) and KMS.")]
public sealed record SecuritySettings(
    [Description("Encrypt secrets, logs and data stores with a customer-managed KMS key.")]
    bool CustomerManagedKey,
    [Description("Days a deleted secret can still be restored (AWS allows 7 to 30); until then its name cannot be reused.")]
    [Range(7, 30)]
    int SecretRecoveryWindowDays,
    [Description("The secrets the services read; values are set in AWS Secrets Manager, never here.")]
    ImmutableArray<SecretDefinition> Secrets);

[Description("One Secrets Manager secret: its name and the JSON keys it holds.")]
public sealed record SecretDefinition(
    [Description("Short id used in the model, for example plaid.")]
    string Id,
    [Description("Secrets Manager name, for example development/wumbo/plaid.")]
    string Name,
    [Description("What the secret is for.")]
    string Description,
    [Description("The JSON keys the secret's value holds (names only).")]
    ImmutableArray<string> Keys);
