using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Hosting of the Next.js web app, as the model selects: AWS Amplify (the seed's primary) or S3 and CloudFront
/// (its alternative). Both serve the static export the frontend workflow builds (<c>next build</c> with
/// <c>output: 'export'</c>) on the environment's web host, and both are compiled and tested.
/// </summary>
internal sealed class Frontend : Construct
{
    public Frontend(Construct scope, string id, StackContext context, Dns dns, TerraformProvider? usEast1)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "frontend");
        Outputs = context.Environment.Frontend.Hosting switch
        {
            FrontendHosting.Amplify => new AmplifyHosting(this, "amplify", context).Outputs,
            FrontendHosting.S3CloudFront => new CloudFrontHosting(this, "cloudfront", context, dns, usEast1).Outputs,
            _ => throw new InvalidOperationException($"no hosting for {context.Environment.Frontend.Hosting}"),
        };
    }

    /// <summary>What the frontend workflow needs to deploy (the seed's AMPLIFY_APP_ID or CLOUDFRONT_DISTRIBUTION_ID), by output name.</summary>
    public IReadOnlyList<(string Name, string Description, TfString Value)> Outputs { get; }
}
