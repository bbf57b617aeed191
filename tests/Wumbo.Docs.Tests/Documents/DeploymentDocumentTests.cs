using System.Text.RegularExpressions;
using Wumbo.Docs.Tests.Support;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>DEPLOYMENT.md holds the seed's facts, per environment, with real names and counts from the model and the stacks.</summary>
public sealed class DeploymentDocumentTests
{
    private static string Text => CheckedIn.Document("DEPLOYMENT.md");

    public static TheoryData<string> Environments() => ["development", "staging", "production"];

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_seed_s_names_appear_for_each_environment(string environment)
    {
        foreach (var service in new[] { "backend", "worker", "beat" })
        {
            Assert.Contains($"`{environment}-wumbo-{service}`", Text, StringComparison.Ordinal);
            Assert.Contains($"`/aws/ecs/{environment}-wumbo-{service}`", Text, StringComparison.Ordinal);
        }

        Assert.Contains($"`{environment}-family-budget-alarms`", Text, StringComparison.Ordinal);
        Assert.Contains($"--secret-id {environment}/wumbo/plaid \\\n     --secret-string '{{\"client_id\":\"…\",\"secret\":\"…\",\"environment\":\"…\"}}'", Text, StringComparison.Ordinal);
        Assert.Contains($"--secret-id {environment}/wumbo/app-security", Text, StringComparison.Ordinal);
        Assert.Contains($"`{environment}/wumbo/aws`", Text, StringComparison.Ordinal);
        Assert.Contains($"docker push \"$registry/{environment}/wumbo-backend:bootstrap\"", Text, StringComparison.Ordinal);
        Assert.Contains($"aws ecs run-task --region us-east-1 --cluster {environment}-wumbo --task-definition {environment}-wumbo-migration --launch-type FARGATE", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_s_identifiers_urls_branches_and_sizes_appear()
    {
        Assert.All(
            [
                "| development | wumbo.app | us-east-1 | https://dev-api.wumbo.app | https://dev.wumbo.app | `com.built-by-dusty.wumbo.dev` | `com.built_by_dusty.wumbo.dev` |",
                "| production | wumbo.app | us-east-1 | https://api.wumbo.app | https://app.wumbo.app | `com.built-by-dusty.wumbo` | `com.built_by_dusty.wumbo` |",
                "| development | `develop` | Development and testing | development |",
                "| staging | none (deployed on demand) | Pre-production validation | staging |",
                "| production | `main` | Live application | production |",
                "| RDS for PostgreSQL | `development-wumbo`: PostgreSQL 16 on `db.t4g.micro` (Graviton) | `staging-wumbo`: PostgreSQL 16 on `db.t4g.small` (Graviton) | `production-wumbo`: PostgreSQL 16 on `db.t4g.small` (Graviton) |",
                "| Availability | Single-AZ | Single-AZ | Multi-AZ (standby in a second zone) |",
                "| ElastiCache for Redis | `development-wumbo`: Redis 7.1 on `cache.t4g.micro` (Graviton) | `staging-wumbo`: Redis 7.1 on `cache.t4g.micro` (Graviton) | `production-wumbo`: Redis 7.1 on `cache.r7g.large` (Graviton) |",
                "| NAT gateways | 1 | 1 | 2 |",
                "| Nodes | 1 | 1 | 2 |",
                "| Customer-managed KMS key | none (AWS-managed keys) | none (AWS-managed keys) | `alias/production-wumbo` (secrets, logs, data stores, registries, alarm topic) |",
                "| WAF | none | none | web ACL `production-wumbo-api` |",
                "| production | `production` | `com.built-by-dusty.wumbo` | `com.built_by_dusty.wumbo` | https://api.wumbo.app |",
            ],
            row => Assert.Contains(row + "\n", Text, StringComparison.Ordinal));
    }

    [Fact]
    public void No_name_is_a_placeholder()
    {
        Assert.DoesNotContain("{env}", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<env", Text, StringComparison.Ordinal);
        // Outside the diagrams, where {{…}} is Mermaid's hexagon shape, {{ would be Scriban left unrendered.
        Assert.DoesNotContain("{{", Regex.Replace(Text, "```mermaid\n.*?```", "", RegexOptions.Singleline), StringComparison.Ordinal);
    }

    [Fact]
    public void Development_is_set_up_first_because_it_creates_the_account_s_shared_resources()
    {
        var development = Text.IndexOf("#### 1. development\n\nDeploy it first", StringComparison.Ordinal);

        Assert.True(development > 0);
        Assert.True(Text.IndexOf("#### 2. staging", StringComparison.Ordinal) > development);
        Assert.Contains("- the GitHub OIDC identity provider, which their CI roles trust\n- the SES identity of `wumbo.app`", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_oidc_role_ci_needs_the_role_arn_and_no_keys()
    {
        Assert.Contains("- **production**: no AWS keys. The workflow assumes the IAM role `production-wumbo-ci`", Text, StringComparison.Ordinal);
        Assert.Contains("stack output `ci_principal_arn`", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS_ACCESS_KEY_ID", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_iam_user_ci_needs_its_keys()
    {
        var text = Variants.Deployment(Variants.IamUser);

        Assert.Contains("- **development**: `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` of the IAM user\n  `development-wumbo-ci`", text, StringComparison.Ordinal);
        Assert.Contains("| GitHub OIDC provider | not used |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_s3_and_cloudfront_the_frontend_deploys_with_the_distribution()
    {
        var text = Variants.Deployment(Variants.S3CloudFront);

        Assert.Contains("| Hosting | S3 and CloudFront |", text, StringComparison.Ordinal);
        Assert.Contains("`cloudfront_distribution_id`: The distribution the frontend workflow invalidates (CLOUDFRONT_DISTRIBUTION_ID).", text, StringComparison.Ordinal);
        Assert.Contains("- [x] **CloudFront**: a CDN for the frontend\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_backend_is_named_as_the_model_has_it()
    {
        Assert.Contains("(state: Terraform Cloud, organization built-by-dusty, workspace wumbo-production)", Text, StringComparison.Ordinal);
        Assert.Contains("(state: a local file in the stack's directory)", Variants.Deployment(Variants.LocalState), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_steps_show_what_the_stacks_now_build_as_done()
    {
        Assert.All(
            ["- [x] **Configure AWS SES**", "- [x] **SSL/TLS certificates**", "- [x] **Custom domain**", "- [x] **Automated migrations**", "- [x] **WAF**", "- [x] **Backup strategy**",
             "- [ ] **CloudFront**", "- [ ] **Prometheus/Grafana**", "- [ ] **Get Plaid credentials**", "- [ ] **Disaster recovery**"],
            step => Assert.Contains(step, Text, StringComparison.Ordinal));
        Assert.Contains("- [ ] **WAF**", Variants.Deployment(m => m), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_environment_has_its_diagram_in_a_mermaid_fence()
    {
        Assert.All(CheckedIn.Context.Environments, environment =>
        {
            var diagram = Wumbo.Docs.Diagrams.ArchitectureDiagram.Mermaid(environment, CheckedIn.Context.Stack(environment)).TrimEnd('\n');
            Assert.Contains($"#### {environment.Name}\n\n```mermaid\n{diagram}\n```\n", Text, StringComparison.Ordinal);
        });
    }
}
