using System.ComponentModel;

namespace Wumbo.Model.Domain;

[Description("Sending e-mail through Amazon SES.")]
public sealed record EmailSettings(
    [Description("The domain mail is sent from; its SES identity is verified with DKIM records in the hosted zone of dns.domain.")]
    string Domain,
    [Description("The sender address the backend uses.")]
    EmailAddress FromAddress,
    [Description("Whether this environment's stack creates the SES domain identity, which exists once per AWS account and region; the other environments of the account send through it.")]
    bool OwnsDomainIdentity);
