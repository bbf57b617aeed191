using System.Collections.Immutable;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>CloudWatch log groups and alarms (SECURITY-RULES L1-L4).</summary>
internal static class LogRules
{
    private const string LogGroup = "aws_cloudwatch_log_group";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5081", "Log groups expire their logs", [LogGroup], AllEnvironments, ScannerIds.Of("CKV_AWS_66"),
            "set retention_in_days (monitoring.log_retention_days)", IsSet("retention_in_days")),
        new("WUM5082", "Flow logs are kept a year", [LogGroup], ProductionOnly, ScannerIds.Of("CKV_AWS_338", "CloudWatch.16"),
            "set network.flow_logs.retention_days to 365 or more",
            That(
                (r, stack) => !stack.Referencing("aws_flow_log", r).Any() || r.Number("retention_in_days") is 0 or >= 365,
                "the flow-log group keeps logs less than a year",
                "retention_in_days")),
        new("WUM5083", "Log groups are encrypted with a customer-managed key", [LogGroup], ProductionOnly, ScannerIds.Of("CKV_AWS_158", "AVD-AWS-0017"),
            "set security.customer_managed_key: true so kms_key_id names the environment's key", IsSet("kms_key_id")),
        new("WUM5084", "Alarms notify someone", ["aws_cloudwatch_metric_alarm"], AllEnvironments, ScannerIds.Of("CKV_AWS_319"),
            "leave actions_enabled true and send alarm_actions to the alarm topic",
            That((r, _) => r.Bool("actions_enabled") != false && r.IsSet("alarm_actions"), "the alarm has no enabled actions", "alarm_actions")),
    ];
}
