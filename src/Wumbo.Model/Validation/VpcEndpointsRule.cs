using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// SECURITY-RULES.md V5 and pitfall 12: a Fargate task in a private subnet starts (pulls its image, reads
/// its secrets, writes logs) through these endpoints; ECR serves image layers from S3, so without the free
/// S3 gateway endpoint every pull goes through NAT. SES SMTP is left to the application's needs.
/// </summary>
internal sealed class VpcEndpointsRule : IEnvironmentRule
{
    private static readonly ImmutableArray<(VpcEndpointService Service, string WireName)> Required =
    [
        (VpcEndpointService.EcrApi, "ecr.api"),
        (VpcEndpointService.EcrDocker, "ecr.dkr"),
        (VpcEndpointService.S3Gateway, "s3"),
        (VpcEndpointService.CloudWatchLogs, "logs"),
        (VpcEndpointService.SecretsManager, "secretsmanager"),
    ];

    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var missing = Required.Where(r => !model.Network.VpcEndpoints.Contains(r.Service)).Select(r => r.WireName).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Report(
                DiagnosticCatalog.MissingVpcEndpoints,
                sources,
                ModelPaths.VpcEndpoints,
                $"vpc_endpoints lacks {string.Join(", ", missing)}; private Fargate tasks need ecr.api, ecr.dkr, s3 (image layers), logs and secretsmanager",
                "add " + string.Join(", ", missing) + " to network.vpc_endpoints");
        }
    }
}
