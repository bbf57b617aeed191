using BenchmarkDotNet.Attributes;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Benchmarks;

/// <summary>
/// Synthesis of one stack with many resources, as CONTRACT.md §9 measured cdktf (317 resources; 1,000 and
/// 3,000 extra): shows how the construct layer scales.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    [Params(300, 1000, 3000)]
    public int Resources { get; set; }

    [Benchmark]
    public int Synthesize()
    {
        var app = new App();
        var stack = new TerraformStack(app, "scale");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16" });
        for (var i = 0; i < Resources; i++)
        {
            _ = new AwsSubnet(stack, "subnet-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new AwsSubnetConfig
            {
                VpcId = vpc.Id,
                CidrBlock = Fn.Cidrsubnet(vpc.CidrBlock, 12, i),
                Tags = TfMap.Strings([new("Name", "subnet-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            });
        }

        return app.Synth().Artifacts.Sum(a => a.Content.Length);
    }
}
