namespace Wumbo.Cdktf.Tests.Tooling;

/// <summary>Small hand-written stacks in cdktf's shape, for the Terraform harness tests.</summary>
internal static class ToolingStacks
{
    /// <summary>
    /// An S3 backend, a required variable and an aliased provider, so the mock plan has to handle all three.
    /// </summary>
    public const string Valid = """
        {
          "//": {
            "metadata": {
              "backend": "s3",
              "stackName": "tooling",
              "version": "0.21.0"
            },
            "outputs": {
            }
          },
          "output": {
            "vpc_id": {
              "value": "${aws_vpc.vpc.id}"
            }
          },
          "provider": {
            "aws": [
              {
                "region": "eu-west-1"
              },
              {
                "alias": "us_east_1",
                "region": "us-east-1"
              }
            ]
          },
          "resource": {
            "aws_sns_topic": {
              "alerts": {
                "name": "${var.name}-alerts",
                "provider": "aws.us_east_1"
              }
            },
            "aws_vpc": {
              "vpc": {
                "//": {
                  "metadata": {
                    "path": "tooling/vpc",
                    "uniqueId": "vpc"
                  }
                },
                "cidr_block": "10.0.0.0/16",
                "enable_dns_hostnames": true,
                "tags": {
                  "Name": "${var.name}"
                }
              }
            }
          },
          "terraform": {
            "backend": {
              "s3": {
                "bucket": "wumbo-tfstate",
                "key": "tooling.tfstate",
                "region": "eu-west-1"
              }
            },
            "required_providers": {
              "aws": {
                "source": "hashicorp/aws",
                "version": "5.100.0"
              }
            }
          },
          "variable": {
            "name": {
              "type": "string"
            }
          }
        }
        """;

    public static string With(string original, string replacement) =>
        Valid.Contains(original, StringComparison.Ordinal)
            ? Valid.Replace(original, replacement, StringComparison.Ordinal)
            : throw new ArgumentException("not in the valid stack: " + original, nameof(original));
}
