using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Production's WAF on the load balancer (SECURITY-RULES A8, W1): AWS's managed rule groups for common
/// exploits, known bad inputs (Log4j among them), SQL injection and IP addresses with a bad reputation, each
/// in its own rule, with metrics and sampled requests, and every decision logged to a log group.
/// </summary>
internal sealed class WebFirewall : Construct
{
    private static readonly string[] ManagedRuleGroups =
    [
        "AWSManagedRulesAmazonIpReputationList",
        "AWSManagedRulesCommonRuleSet",
        "AWSManagedRulesKnownBadInputsRuleSet",
        "AWSManagedRulesSQLiRuleSet",
    ];

    public WebFirewall(Construct scope, string id, StackContext context, AwsLb loadBalancer)
        : base(scope, id)
    {
        var name = context.Names.Resource("api");
        var acl = new AwsWafv2WebAcl(this, "web-acl", new AwsWafv2WebAclConfig
        {
            Name = name,
            Description = "Managed protections in front of the API's load balancer",
            Scope = "REGIONAL",
            DefaultAction = new AwsWafv2WebAclDefaultAction { Allow = new AwsWafv2WebAclDefaultActionAllow() },
            VisibilityConfig = new AwsWafv2WebAclVisibilityConfig { CloudwatchMetricsEnabled = true, MetricName = name, SampledRequestsEnabled = true },
            Rule = [.. ManagedRuleGroups.Select((group, index) => new AwsWafv2WebAclRule
            {
                Name = group,
                Priority = (index + 1) * 10,
                OverrideAction = new AwsWafv2WebAclRuleOverrideAction { None = new AwsWafv2WebAclRuleOverrideActionNone() },
                Statement = new AwsWafv2WebAclRuleStatement
                {
                    ManagedRuleGroupStatement = new AwsWafv2WebAclRuleStatementManagedRuleGroupStatement { Name = group, VendorName = "AWS" },
                },
                VisibilityConfig = new AwsWafv2WebAclVisibilityConfig { CloudwatchMetricsEnabled = true, MetricName = group, SampledRequestsEnabled = true },
            })],
        });
        _ = new AwsWafv2WebAclAssociation(this, "association", new AwsWafv2WebAclAssociationConfig
        {
            ResourceArn = loadBalancer.Arn,
            WebAclArn = acl.Arn,
        });

        // WAF writes only to log groups whose names start with aws-waf-logs-.
        var logGroup = LogGroups.Create(this, "log-group", context, "aws-waf-logs-" + context.Names.Prefix, context.Environment.Monitoring.LogRetentionDays);
        _ = new AwsWafv2WebAclLoggingConfiguration(this, "logging", new AwsWafv2WebAclLoggingConfigurationConfig
        {
            ResourceArn = acl.Arn,
            LogDestinationConfigs = [logGroup.Arn],
        });
    }
}
