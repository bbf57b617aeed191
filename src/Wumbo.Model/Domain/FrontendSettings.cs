using System.ComponentModel;

namespace Wumbo.Model.Domain;

[Description("Hosting of the Next.js web app.")]
public sealed record FrontendSettings(
    [Description("amplify (primary) or s3-cloudfront (alternative).")]
    FrontendHosting Hosting,
    [Description("Host name the web app is served on, for example dev.wumbo.app.")]
    string Host,
    [Description("Git branch the hosting builds from; null when deployed by CI only.")]
    string? Branch);

public enum FrontendHosting
{
    [WireName("amplify")]
    Amplify,
    [WireName("s3-cloudfront")]
    S3CloudFront,
}
