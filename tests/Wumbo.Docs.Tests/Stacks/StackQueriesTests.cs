using Wumbo.Docs.Stacks;

namespace Wumbo.Docs.Tests.Stacks;

public sealed class StackQueriesTests
{
    private static readonly StackFacts Stack = StackFacts.Parse("test", """
        {
          "resource": {
            "aws_subnet": {
              "public-1": { "cidr_block": "10.0.0.0/24" },
              "public-2": { "cidr_block": "10.0.1.0/24" }
            },
            "aws_nat_gateway": {
              "nat-1": { "subnet_id": "${aws_subnet.public-1.id}" }
            },
            "aws_lb": {
              "alb": { "subnets": ["${aws_subnet.public-1.id}", "${aws_subnet.public-2.id}", "subnet-literal"] }
            }
          }
        }
        """);

    [Theory]
    [InlineData("${aws_subnet.security_network_public-1_0FEB1FD5.id}", "aws_subnet.security_network_public-1_0FEB1FD5")]
    [InlineData("${data.aws_route53_zone.dns_zone_2E2729FB.zone_id}", null)]
    [InlineData("service/production-wumbo/${aws_ecs_service.compute_backend_service_92DE069C.name}", null)]
    [InlineData("10.0.0.0/24", null)]
    [InlineData(null, null)]
    public void Reads_the_address_of_a_string_that_is_one_reference(string? expression, string? address)
    {
        Assert.Equal(address, StackQueries.ReferencedAddress(expression));
    }

    [Fact]
    public void Follows_references_in_an_argument_and_in_a_list()
    {
        var nat = Stack.Resources("aws_nat_gateway").Single();
        var alb = Stack.Resources("aws_lb").Single();

        Assert.Equal(["aws_subnet.public-1"], nat.References("subnet_id"));
        Assert.Equal(["aws_subnet.public-1", "aws_subnet.public-2"], alb.References("subnets"));
        Assert.True(alb.Refers("subnets", Stack.At("aws_subnet.public-2")));
        Assert.Empty(alb.References("security_groups"));
    }

    [Fact]
    public void Finds_the_one_resource_with_a_name_and_says_what_is_missing_otherwise()
    {
        Assert.Equal("aws_subnet.public-2", Stack.Named("aws_subnet", "cidr_block", "10.0.1.0/24").Address);

        var error = Assert.Throws<InvalidOperationException>(() => Stack.Named("aws_subnet", "cidr_block", "10.0.9.0/24"));
        Assert.Equal("the stack of test has 0 aws_subnet with cidr_block '10.0.9.0/24'; the docs expect exactly one", error.Message);
        Assert.Throws<InvalidOperationException>(() => Stack.At("aws_subnet.public-3"));
    }
}
