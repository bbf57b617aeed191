using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;
using Wumbo.Testing.Schema;

namespace Wumbo.Cdktf.Tests.Generator;

/// <summary>The generated classes as a stack uses them (the examples of src/Wumbo.Cdktf.Aws/README.md), synthesized.</summary>
public sealed class GeneratedApiTests
{
    private static readonly Lazy<string> StackJson = new(Synthesize);

    [Fact]
    public void A_block_of_at_most_one_instance_is_an_object_and_other_blocks_are_arrays()
    {
        Assert.Equal("""{"bucket": "${aws_s3_bucket.logs.bucket}", "enabled": true}""", Value("resource", "aws_lb", "alb", "access_logs"));
        Assert.Equal("""[{"target_group_arn": "${aws_lb_target_group.api.arn}", "type": "forward"}]""", Value("resource", "aws_lb_listener", "https", "default_action"));
    }

    [Fact]
    public void Nested_computed_values_are_read_through_reference_structs()
    {
        Assert.Equal("\"${aws_db_instance.db.master_user_secret[0].secret_arn}\"", Value("output", "db_secret", "value"));
        Assert.Equal("\"${tolist(aws_acm_certificate.cert.domain_validation_options)[0].resource_record_name}\"", Value("resource", "aws_route53_record", "validation", "name"));
        Assert.Equal("\"${aws_lb.alb.access_logs[0].bucket}\"", Value("output", "log_bucket", "value"));
    }

    [Fact]
    public void A_renamed_member_still_reads_and_writes_its_wire_name()
    {
        Assert.Equal("\"${aws_db_instance.db.address}\"", Value("output", "db_address", "value"));
    }

    [Fact]
    public void The_stack_conforms_to_the_provider_schema() =>
        Assert.Empty(SchemaConformanceChecker.CheckedInAwsSchema.Check(StackJson.Value).Select(v => v.ToString()));

    private static string Value(params string[] path) => Synth.OneLine(Synth.At(Synth.Parse(StackJson.Value), path));

    private static string Synthesize()
    {
        var app = new App();
        var stack = new TerraformStack(app, "api");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        var logs = new AwsS3Bucket(stack, "logs", new AwsS3BucketConfig { Bucket = "wumbo-logs" });
        var api = new AwsLbTargetGroup(stack, "api", new AwsLbTargetGroupConfig { Port = 8000, Protocol = "HTTP", TargetType = "ip", VpcId = "vpc-1" });
        var alb = new AwsLb(stack, "alb", new AwsLbConfig
        {
            LoadBalancerType = "application",
            Subnets = ["subnet-1", "subnet-2"],
            AccessLogs = new AwsLbAccessLogs { Bucket = logs.Bucket, Enabled = true },
        });
        _ = new AwsLbListener(stack, "https", new AwsLbListenerConfig
        {
            LoadBalancerArn = alb.Arn,
            DefaultAction = [new AwsLbListenerDefaultAction { Type = "forward", TargetGroupArn = api.Arn }],
        });
        var db = new AwsDbInstance(stack, "db", new AwsDbInstanceConfig
        {
            InstanceClass = "db.t4g.micro", Engine = "postgres", AllocatedStorage = 20, Username = "wumbo", ManageMasterUserPassword = true,
        });
        var cert = new AwsAcmCertificate(stack, "cert", new AwsAcmCertificateConfig { DomainName = "api.wumbo.app", ValidationMethod = "DNS" });
        var validation = Fn.Tolist(cert.DomainValidationOptions).Get(0);
        _ = new AwsRoute53Record(stack, "validation", new AwsRoute53RecordConfig
        {
            ZoneId = "Z0123456789", Name = validation.ResourceRecordName, Type = validation.ResourceRecordType, Records = [validation.ResourceRecordValue], Ttl = 60,
        });
        Output(stack, "db_secret", db.MasterUserSecret.Get(0).SecretArn);
        Output(stack, "db_address", db.AddressAttribute);
        Output(stack, "log_bucket", alb.AccessLogs.Get(0).Bucket);

        var result = app.Synth();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Find("stacks/api/cdk.tf.json")!;
    }

    private static void Output(TerraformStack stack, string id, TfString value) =>
        _ = new TerraformOutput(stack, id, new TerraformOutputConfig { Value = value, StaticId = true });
}
