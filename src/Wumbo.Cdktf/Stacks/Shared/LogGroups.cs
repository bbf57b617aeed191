using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>CloudWatch log groups: every one has a retention (SECURITY-RULES L1) and, in production, the key (L3).</summary>
internal static class LogGroups
{
    public static AwsCloudwatchLogGroup Create(Construct scope, string id, StackContext context, string name, int retentionDays) =>
        new(scope, id, new AwsCloudwatchLogGroupConfig
        {
            Name = name,
            RetentionInDays = retentionDays,
            KmsKeyId = context.KeyArn,
        });
}
