using Wumbo.Docs.Stacks;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// Which of the deployment summary's next steps the stacks now build, each read from the synthesized stacks (the
/// template holds the steps' wording): a step is done when any stack holds what it asks for, the WAF when a
/// production stack does.
/// </summary>
public sealed record NextSteps(
    bool SesIdentity,
    bool Certificates,
    bool DnsRecords,
    bool MigrationTask,
    bool ProductionFirewall,
    bool CloudFront,
    bool DatabaseBackups)
{
    public static NextSteps From(IReadOnlyList<(bool IsProduction, StackFacts Stack)> stacks)
    {
        bool AnyHolds(string type) => stacks.Any(s => s.Stack.Resources(type).Length > 0);
        return new(
            AnyHolds("aws_ses_domain_identity"),
            AnyHolds("aws_acm_certificate"),
            AnyHolds("aws_route53_record"),
            stacks.Any(s => s.Stack.HasOutput(MigrationFacts.OutputName)),
            stacks.Any(s => s.IsProduction && s.Stack.Resources("aws_wafv2_web_acl").Length > 0),
            AnyHolds("aws_cloudfront_distribution"),
            AnyHolds("aws_backup_plan"));
    }
}
