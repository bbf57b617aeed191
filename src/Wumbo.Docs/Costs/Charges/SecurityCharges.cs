using System.Collections.Immutable;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>The secrets, including the database's master password secret that RDS keeps, and the customer-managed key.</summary>
internal static class SecurityCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        new("aws_secretsmanager_secret", "secret-months", _ => "Secret", _ => "secretsmanager-secret-month", _ => Exactly(1)),

        // RDS creates this secret in Secrets Manager itself, where it is billed like any other.
        new("aws_db_instance", "secret-months", _ => "Master password secret (created and rotated by RDS)", _ => "secretsmanager-secret-month", _ => Exactly(1))
        {
            AppliesTo = db => db.Bool("manage_master_user_password") == true,
        },

        new("aws_kms_key", "key-months", _ => "Customer-managed key", _ => "kms-customer-managed-key-month", _ => Exactly(1)),
    ];
}
