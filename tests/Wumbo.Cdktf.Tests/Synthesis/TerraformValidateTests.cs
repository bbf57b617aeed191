using System.Diagnostics;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Tests.Synthesis;

/// <summary>
/// One end-to-end check that the L1 output is valid for hashicorp/aws 5.100.0. Deliberately minimal:
/// the shared Terraform harness in Wumbo.Testing will replace it.
/// </summary>
public sealed class TerraformValidateTests
{
    private const string Terraform = "/usr/local/bin/terraform";
    private const string Mirror = "/opt/tf-plugins";

    [Fact]
    public void The_first_stack_passes_terraform_validate()
    {
        Assert.SkipUnless(File.Exists(Terraform) && Directory.Exists(Mirror), "terraform or its provider mirror is not installed");
        var directory = Directory.CreateTempSubdirectory("wumbo-cdktf-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "cdk.tf.json"), SynthesizeNetwork());
            var config = Path.Combine(directory.FullName, "cli.tfrc");
            File.WriteAllText(config, "provider_installation {\n  filesystem_mirror {\n    path = \"" + Mirror + "\"\n  }\n}\n");

            var init = Run(directory.FullName, config, "init", "-backend=false", "-input=false", "-no-color");
            Assert.True(init.ExitCode == 0, init.Output);
            var validate = Run(directory.FullName, config, "validate", "-no-color");
            Assert.True(validate.ExitCode == 0, validate.Output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string SynthesizeNetwork()
    {
        var app = new App();
        var stack = new TerraformStack(app, "dev");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig
        {
            Region = "eu-west-1", AllowedAccountIds = ["123456789012"],
            DefaultTags = [new AwsProviderDefaultTags { Tags = TfMap.Strings(new Dictionary<string, string> { ["Project"] = "wumbo" }) }],
        });
        var azs = new DataAwsAvailabilityZones(stack, "azs", new DataAwsAvailabilityZonesConfig { State = "available" });
        var vpc = new AwsVpc(stack, "vpc", new AwsVpcConfig { CidrBlock = "10.0.0.0/16", Tags = TfMap.Strings(new Dictionary<string, string> { ["Name"] = "x" }) });
        var subnet = new AwsSubnet(stack, "subnet", new AwsSubnetConfig { VpcId = vpc.Id, AvailabilityZone = azs.Names.Element(0), CidrBlock = Fn.Cidrsubnet(vpc.CidrBlock, 8, 1) });
        var igw = new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig { VpcId = vpc.Id });
        var sg = new AwsSecurityGroup(stack, "sg", new AwsSecurityGroupConfig
        {
            VpcId = vpc.Id, Description = "literal ${not_a_ref}",
            Egress = [new AwsSecurityGroupEgress { FromPort = 0, ToPort = 0, Protocol = "-1", CidrBlocks = ["0.0.0.0/0"] }],
            Lifecycle = new TerraformLifecycle { CreateBeforeDestroy = true },
        });
        var rules = new AwsVpcSecurityGroupIngressRule(stack, "https", new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = sg.Id, IpProtocol = "tcp", CidrIpv4 = "0.0.0.0/0", ForEach = Fn.Toset<TfString>(["80", "443"]),
            FromPort = Tf.EachValue<TfNumber>(), ToPort = Tf.EachValue<TfNumber>(), DependsOn = [igw],
        });
        _ = new AwsVpcSecurityGroupEgressRule(stack, "dns", new AwsVpcSecurityGroupEgressRuleConfig
        {
            SecurityGroupId = sg.Id, IpProtocol = "udp", CidrIpv4 = "0.0.0.0/0", FromPort = 53, ToPort = 53, Count = 1,
        });
        _ = new TerraformOutput(stack, "rule_arns", new TerraformOutputConfig { Value = rules.Arn, DependsOn = [igw] });
        _ = new TerraformOutput(stack, "subnet_info", new TerraformOutputConfig { Value = Tf.Template($"{subnet.Id} in {vpc.Id}") });
        vpc.MoveFromId("aws_vpc.old");
        var result = app.Synth();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Find("stacks/dev/cdk.tf.json")!;
    }

    private static (int ExitCode, string Output) Run(string directory, string cliConfig, params string[] arguments)
    {
        var start = new ProcessStartInfo(Terraform) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TF_CLI_CONFIG_FILE"] = cliConfig;
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        start.Environment["TF_IN_AUTOMATION"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
