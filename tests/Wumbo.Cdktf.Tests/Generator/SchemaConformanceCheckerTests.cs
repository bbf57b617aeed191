using Wumbo.Testing.Schema;

namespace Wumbo.Cdktf.Tests.Generator;

/// <summary>The schema conformance checker against hand-written stacks, each wrong in one way.</summary>
public sealed class SchemaConformanceCheckerTests
{
    [Fact]
    public void A_valid_stack_with_meta_arguments_and_expressions_passes()
    {
        var violations = Check("""
            "provider": {"aws": [{"alias": "west", "default_tags": [{"tags": {"App": "wumbo"}}], "region": "us-west-2"}]},
            "data": {"aws_availability_zones": {"zones": {"state": "available", "//": {"metadata": {}}}}},
            "resource": {
              "aws_vpc": {"vpc": {"cidr_block": "10.0.0.0/16", "enable_dns_support": true, "count": 2, "provider": "aws.west",
                                  "depends_on": ["aws_kms_key.k"], "lifecycle": {"prevent_destroy": true}}},
              "aws_subnet": {"a": {"vpc_id": "${aws_vpc.vpc[0].id}", "enable_lni_at_device_index": "${var.index}", "cidr_block": "literal $${not} %%{a} template"}},
              "aws_lb_listener": {"l": {"load_balancer_arn": "arn", "default_action": [{"type": "forward", "forward": {"target_group": [{"arn": "a"}, {"arn": "b"}]}}]}},
              "aws_security_group": {"sg": {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "description": null, "from_port": 443, "ipv6_cidr_blocks": null,
                                                          "prefix_list_ids": null, "protocol": "tcp", "security_groups": null, "self": null, "to_port": 443}]}}
            }
            """);

        Assert.Empty(violations);
    }

    [Fact]
    public void An_unknown_argument_block_or_type_is_reported()
    {
        var violations = Check("""
            "resource": {"aws_vpc": {"vpc": {"cidr_blok": "10.0.0.0/16", "timeout": {}}}, "aws_vpcc": {"x": {}}},
            "provider": {"google": [{}]}
            """);

        Assert.Equal(
            [
                "provider.google: not the provider of this schema (aws)",
                "resource.aws_vpc.vpc.cidr_blok: not an argument or block of this schema",
                "resource.aws_vpc.vpc.timeout: not an argument or block of this schema",
                "resource.aws_vpcc: a type the schema does not have (is it in Schema/types.txt?)",
            ],
            violations);
    }

    [Fact]
    public void A_literal_of_the_wrong_type_is_reported_at_any_depth()
    {
        var violations = Check("""
            "resource": {
              "aws_vpc": {"vpc": {"enable_dns_support": "true", "ipv4_netmask_length": "16", "cidr_block": 10, "tags": {"Name": 1}}},
              "aws_security_group": {"sg": {"ingress": [{"cidr_blocks": "0.0.0.0/0", "description": null, "from_port": "443", "ipv6_cidr_blocks": null,
                                                          "prefix_list_ids": null, "protocol": "tcp", "security_groups": null, "self": null, "to_port": 443, "port": 1}]}},
              "aws_subnet": {"s": {"vpc_id": "v", "timeouts": {"create": 5}}}
            }
            """);

        Assert.Equal(
            [
                "resource.aws_vpc.vpc.enable_dns_support: expected a bool, found a string",
                "resource.aws_vpc.vpc.ipv4_netmask_length: expected a number, found a string",
                "resource.aws_vpc.vpc.cidr_block: expected a string, found a number",
                "resource.aws_vpc.vpc.tags[\"Name\"]: expected a string, found a number",
                "resource.aws_security_group.sg.ingress[0].cidr_blocks: expected a list, found a string",
                "resource.aws_security_group.sg.ingress[0].from_port: expected a number, found a string",
                "resource.aws_security_group.sg.ingress[0].port: not a field of this object type",
                "resource.aws_subnet.s.timeouts.create: expected a string, found a number",
            ],
            violations);
    }

    [Fact]
    public void A_computed_only_attribute_that_is_set_is_reported()
    {
        var violations = Check("""
            "resource": {"aws_vpc": {"vpc": {"arn": "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1", "cidr_block": "10.0.0.0/16"}}},
            "data": {"aws_caller_identity": {"me": {"account_id": "123456789012"}}}
            """);

        Assert.Equal(
            [
                "resource.aws_vpc.vpc.arn: computed only: Terraform sets it, a configuration cannot",
                "data.aws_caller_identity.me.account_id: computed only: Terraform sets it, a configuration cannot",
            ],
            violations);
    }

    [Fact]
    public void A_missing_required_argument_block_or_object_field_is_reported()
    {
        var violations = Check("""
            "resource": {
              "aws_subnet": {"s": {"cidr_block": "10.0.1.0/24"}, "null": {"vpc_id": null}},
              "aws_lb_listener": {"l": {"load_balancer_arn": "arn"}},
              "aws_security_group": {"sg": {"egress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 0, "protocol": "-1", "to_port": 0}]}}
            }
            """);

        Assert.Equal(
            [
                "resource.aws_subnet.s.vpc_id: a required argument is missing",
                "resource.aws_subnet.null.vpc_id: a required argument is missing",
                "resource.aws_lb_listener.l.default_action: a required block is missing",
                "resource.aws_security_group.sg.egress[0].description: missing: an object value lists every field, unset ones as null",
                "resource.aws_security_group.sg.egress[0].ipv6_cidr_blocks: missing: an object value lists every field, unset ones as null",
                "resource.aws_security_group.sg.egress[0].prefix_list_ids: missing: an object value lists every field, unset ones as null",
                "resource.aws_security_group.sg.egress[0].security_groups: missing: an object value lists every field, unset ones as null",
                "resource.aws_security_group.sg.egress[0].self: missing: an object value lists every field, unset ones as null",
            ],
            violations);
    }

    [Fact]
    public void A_block_in_the_wrong_shape_or_count_is_reported()
    {
        var violations = Check("""
            "provider": {"aws": [{"default_tags": {"tags": {}}}]},
            "resource": {
              "aws_lb": {"alb": {"access_logs": [{"bucket": "logs"}]}},
              "aws_lb_listener": {"l": {"load_balancer_arn": "arn", "default_action": {"type": "forward"}}, "none": {"load_balancer_arn": "arn", "default_action": []}},
              "aws_ecs_service": {"svc": {"name": "api", "capacity_provider_strategy": "${local.strategies}"}}
            }
            """);

        Assert.Equal(
            [
                "provider.aws[0].default_tags: a list block (max_items unbounded) is written as an array of objects, not as an object",
                "resource.aws_lb.alb.access_logs: a list block (max_items 1) is written as an object, not as an array",
                "resource.aws_lb_listener.l.default_action: a list block (max_items unbounded) is written as an array of objects, not as an object",
                "resource.aws_lb_listener.none.default_action: 0 instances; the schema takes 1 to any number",
                "resource.aws_ecs_service.svc.capacity_provider_strategy: a set block (max_items unbounded) is written as an array of objects, not as a string",
            ],
            violations);
    }

    [Theory]
    [InlineData("${x}", true)]
    [InlineData("a-%{ if x }b%{ endif }", true)]
    [InlineData("$$${x}", true)]
    [InlineData("$${x} and %%{y}", false)]
    [InlineData("{plain} $ % {}", false)]
    public void Only_unescaped_interpolations_and_directives_are_expressions(string text, bool hasExpression) =>
        Assert.Equal(hasExpression, TemplateText.HasExpression(text));

    private static List<string> Check(string stackMembers) =>
        [.. SchemaConformanceChecker.CheckedInAwsSchema.Check("{" + stackMembers + "}").Select(v => v.ToString())];
}
