using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The SES domain identity the backend sends from (the seed's "configure AWS SES" step), verified by its three
/// DKIM records. It exists once in the account, so only the owning environment creates it, and Terraform
/// refuses to destroy it while the others still send through it. Leaving the SES sandbox is a request to AWS,
/// not a resource.
/// </summary>
internal sealed class EmailIdentity : Construct
{
    private const int DkimTokens = 3;

    public EmailIdentity(Construct scope, string id, StackContext context, DataAwsRoute53Zone zone)
        : base(scope, id)
    {
        var domain = context.Environment.Email.Domain;
        var identity = new AwsSesDomainIdentity(this, "identity", new AwsSesDomainIdentityConfig
        {
            Domain = domain,
            Lifecycle = new TerraformLifecycle { PreventDestroy = true },
        });
        var dkim = new AwsSesDomainDkim(this, "dkim", new AwsSesDomainDkimConfig { Domain = identity.Domain });
        for (var i = 0; i < DkimTokens; i++)
        {
            var token = dkim.DkimTokens.Element(i);
            _ = new AwsRoute53Record(this, $"dkim-{i + 1}", new AwsRoute53RecordConfig
            {
                ZoneId = zone.ZoneId,
                Name = Tf.Template($"{token}._domainkey.{domain}"),
                Type = "CNAME",
                Ttl = 600,
                Records = [Tf.Template($"{token}.dkim.amazonses.com")],
            });
        }
    }
}
