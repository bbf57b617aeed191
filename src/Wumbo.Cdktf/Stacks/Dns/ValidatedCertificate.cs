using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// An ACM certificate for one host name, validated through a record in the hosted zone, and usable only once
/// it is issued (<see cref="Arn"/> comes from the validation). No wildcard; transparency logging on; replaced
/// before it is destroyed, so a listener always has one (SECURITY-RULES W2).
/// </summary>
internal sealed class ValidatedCertificate : Construct
{
    public ValidatedCertificate(Construct scope, string id, string host, DataAwsRoute53Zone zone, TerraformProvider? provider = null)
        : base(scope, id)
    {
        var certificate = new AwsAcmCertificate(this, "certificate", new AwsAcmCertificateConfig
        {
            DomainName = host,
            ValidationMethod = "DNS",
            KeyAlgorithm = "RSA_2048",
            Options = new AwsAcmCertificateOptions { CertificateTransparencyLoggingPreference = "ENABLED" },
            Lifecycle = new TerraformLifecycle { CreateBeforeDestroy = true },
            Provider = provider,
        });
        var validation = Fn.Tolist(certificate.DomainValidationOptions).Get(0);
        var record = new AwsRoute53Record(this, "validation-record", new AwsRoute53RecordConfig
        {
            ZoneId = zone.ZoneId,
            Name = validation.ResourceRecordName,
            Type = validation.ResourceRecordType,
            Records = [validation.ResourceRecordValue],
            Ttl = 300,
            AllowOverwrite = true,
        });
        Arn = new AwsAcmCertificateValidation(this, "validation", new AwsAcmCertificateValidationConfig
        {
            CertificateArn = certificate.Arn,
            ValidationRecordFqdns = [record.Fqdn],
            Provider = provider,
        }).CertificateArn;
    }

    /// <summary>The certificate's ARN, known only once ACM has issued it.</summary>
    public TfString Arn { get; }
}
