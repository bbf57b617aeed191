using System.Collections.Frozen;

namespace Wumbo.Docs.Costs;

/// <summary>
/// The resource types the estimate gives no line on purpose. Any other type without a charge gets a "no pricing rule"
/// line without a price, so a new billable type can never pass as free.
/// </summary>
internal static class UnbilledResourceTypes
{
    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal,
    [
        // AWS charges nothing for these.
        "aws_acm_certificate", "aws_acm_certificate_validation",
        "aws_amplify_branch", "aws_amplify_domain_association",
        "aws_appautoscaling_policy", "aws_appautoscaling_target",
        "aws_backup_plan", "aws_backup_selection",
        "aws_cloudfront_origin_access_control", "aws_cloudfront_response_headers_policy",
        "aws_db_parameter_group", "aws_db_subnet_group",
        "aws_default_security_group", "aws_security_group", "aws_vpc_security_group_egress_rule", "aws_vpc_security_group_ingress_rule",
        "aws_ecr_lifecycle_policy",
        "aws_elasticache_subnet_group", "aws_elasticache_user", "aws_elasticache_user_group",
        "aws_iam_group", "aws_iam_group_policy", "aws_iam_openid_connect_provider", "aws_iam_role", "aws_iam_role_policy",
        "aws_iam_role_policy_attachment", "aws_iam_user", "aws_iam_user_group_membership",
        "aws_kms_alias",
        "aws_lb_listener", "aws_lb_target_group",
        "aws_route", "aws_route_table", "aws_route_table_association", "aws_subnet", "aws_vpc",
        "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy",
        "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning",
        "aws_wafv2_web_acl_association",

        // Billed through another resource: a task definition through the service that runs it (the migration task runs
        // only while migrating), WAF logging through the log groups' ingestion.
        "aws_ecs_task_definition", "aws_wafv2_web_acl_logging_configuration",

        // Records in a zone the stack looks up (the zone is billed once, outside the stacks); queries to alias records
        // of AWS resources are free.
        "aws_route53_record",

        // Billed only by usage the model has no figure for (README.md beside this file): SES per message sent, SNS
        // beyond its free tier (1,000 e-mails and 1M requests a month).
        "aws_ses_domain_dkim", "aws_ses_domain_identity",
        "aws_sns_topic", "aws_sns_topic_policy", "aws_sns_topic_subscription",
    ]);
}
