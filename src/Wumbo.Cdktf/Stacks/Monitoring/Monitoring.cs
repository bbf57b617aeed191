using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's MonitoringStack: the alarm topic with the model's e-mail subscriptions, and the alarms that
/// notify it (<see cref="Alarms"/>). Only CloudWatch alarms of this account may publish (SECURITY-RULES N2).
/// In production the topic is encrypted with the key, whose policy lets CloudWatch use it; elsewhere it stays
/// unencrypted, because alarms cannot publish to a topic under the AWS-managed key (N1, pitfall 4).
/// </summary>
internal sealed class Monitoring : Construct
{
    public Monitoring(Construct scope, string id, StackContext context, MonitoredResources monitored)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "monitoring");
        Topic = new AwsSnsTopic(this, "alarm-topic", new AwsSnsTopicConfig
        {
            Name = context.Names.AlarmTopic,
            DisplayName = $"Wumbo {context.Environment.Name} alarms",
            KmsMasterKeyId = context.KeyArn,
        });
        _ = new AwsSnsTopicPolicy(this, "alarm-topic-policy", new AwsSnsTopicPolicyConfig
        {
            Arn = Topic.Arn,
            Policy = PolicyDocument.Json(new PolicyStatement
            {
                Sid = "CloudWatchAlarmsOfThisAccountPublish",
                Principal = PolicyPrincipal.Service("cloudwatch.amazonaws.com"),
                Actions = ["sns:Publish"],
                Resources = [Topic.Arn],
                Conditions = [new PolicyCondition("StringEquals", "aws:SourceAccount", [context.AccountId])],
            }),
        });
        var emails = context.Environment.Monitoring.AlarmEmails;
        for (var i = 0; i < emails.Length; i++)
        {
            _ = new AwsSnsTopicSubscription(this, $"email-{i + 1}", new AwsSnsTopicSubscriptionConfig
            {
                TopicArn = Topic.Arn,
                Protocol = "email",
                Endpoint = emails[i].Value,
            });
        }

        _ = new Alarms(this, "alarms", context, Topic, monitored);
    }

    public AwsSnsTopic Topic { get; }
}
