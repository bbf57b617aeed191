using Wumbo.Model.Domain;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The choices the checked-in files do not make, compiled from development's model so that every path is tested.</summary>
internal static class StackVariants
{
    public static TheoryData<string> Names() => ["s3-cloudfront", "iam-user", "eu-west-1"];

    public static SynthesizedStack Get(string name) => name switch
    {
        "s3-cloudfront" => WumboStacks.Variant("development", S3CloudFront),
        "iam-user" => WumboStacks.Variant("development", IamUser),
        "eu-west-1" => WumboStacks.Variant("development", m => S3CloudFront(m) with { Environment = m.Environment with { Region = Region("eu-west-1") } }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static AwsRegion Region(string code) =>
        AwsRegion.TryCreate(code, out var region, out var problem) ? region : throw new ArgumentException(problem, nameof(code));

    private static EnvironmentModel S3CloudFront(EnvironmentModel model) =>
        model with { Frontend = model.Frontend with { Hosting = FrontendHosting.S3CloudFront } };

    private static EnvironmentModel IamUser(EnvironmentModel model) =>
        model with { Registry = model.Registry with { CiAccess = model.Registry.CiAccess with { Kind = CiPrincipalKind.IamUser, OwnsOidcProvider = false } } };
}
