using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Tests.Support;

internal static class TestStacks
{
    /// <summary>An app with one stack holding a real aws provider and a VPC.</summary>
    public static (App App, TerraformStack Stack, AwsVpc Vpc) WithVpc(string stackId = "dev")
    {
        var app = new App();
        var stack = new TerraformStack(app, stackId);
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "eu-west-1" });
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16" });
        return (app, stack, vpc);
    }

    public static string[] Codes(this Wumbo.Cdktf.Synthesis.SynthesisResult result) => [.. result.Diagnostics.Select(d => d.Code)];
}
