using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The production customer-managed key (SECURITY-RULES K1-K3): rotated yearly, 30 days to change one's mind
/// before deletion. Its policy lets the account's IAM policies govern it, and grants the two services that
/// cannot use IAM: CloudWatch Logs, for encrypted log groups of this account (L3), and CloudWatch alarms,
/// which must decrypt to publish to the encrypted alarm topic (pitfall 4).
/// </summary>
internal sealed class EncryptionKey : Construct
{
    public EncryptionKey(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "security.customer_managed_key");
        var account = context.AccountId;
        Key = new AwsKmsKey(this, "key", new AwsKmsKeyConfig
        {
            Description = $"Encrypts {context.Environment.Name}'s data stores, secrets, logs and alarm topic",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = PolicyDocument.Json(
                new PolicyStatement
                {
                    Sid = "AccountAdministersTheKeyThroughIam",
                    Principal = PolicyPrincipal.Aws(Tf.Template($"arn:aws:iam::{account}:root")),
                    Actions = ["kms:*"],
                    Resources = ["*"],
                },
                new PolicyStatement
                {
                    Sid = "CloudWatchLogsEncryptsThisAccountsLogGroups",
                    Principal = PolicyPrincipal.Service($"logs.{context.Region}.amazonaws.com"),
                    Actions = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                    Resources = ["*"],
                    Conditions = [new PolicyCondition("ArnLike", "kms:EncryptionContext:aws:logs:arn", [context.Arn("logs", "log-group:*")])],
                },
                new PolicyStatement
                {
                    Sid = "CloudWatchAlarmsPublishToTheEncryptedTopic",
                    Principal = PolicyPrincipal.Service("cloudwatch.amazonaws.com"),
                    Actions = ["kms:Decrypt", "kms:GenerateDataKey*"],
                    Resources = ["*"],
                    Conditions = [new PolicyCondition("StringEquals", "aws:SourceAccount", [account])],
                }),
        });
        _ = new AwsKmsAlias(this, "alias", new AwsKmsAliasConfig
        {
            Name = "alias/" + context.Names.Prefix,
            TargetKeyId = Key.KeyId,
        });
    }

    public AwsKmsKey Key { get; }
}
