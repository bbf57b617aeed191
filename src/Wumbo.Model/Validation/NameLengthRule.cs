using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>
/// Names derived from the environment and service names must fit AWS's limits, which Terraform reports only
/// when it applies: load balancers and target groups 32 characters, ElastiCache replication groups 40, RDS
/// instances 63, IAM roles 64. (Names with a fixed suffix fit whenever the environment name does.)
/// </summary>
internal sealed class NameLengthRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var names = model.Names;
        var fromEnvironment = new (string What, string Name, int Limit)[]
        {
            ("load balancer", names.LoadBalancer, 32),
            ("cache replication group", names.Cache, 40),
            ("database instance", names.Database, 63),
        };
        foreach (var (what, name, limit) in fromEnvironment)
        {
            Check(what, name, limit, ModelPaths.EnvironmentName, sources, diagnostics);
        }

        var services = model.Compute.Services;
        for (var i = 0; i < services.Length; i++)
        {
            var path = ModelPaths.Service(i, "name");
            Check("task role", names.TaskRole(services[i]), 64, path, sources, diagnostics);
            if (services[i].Role == ServiceRole.Api)
            {
                Check("target group", names.Service(services[i]), 32, path, sources, diagnostics);
            }
        }
    }

    private static void Check(string what, string name, int limit, string path, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (name.Length > limit)
        {
            diagnostics.Report(
                DiagnosticCatalog.DerivedNameTooLong,
                sources,
                path,
                Invariant($"the {what} would be named '{name}' ({name.Length} characters); AWS allows {limit}"),
                "shorten the name this is derived from");
        }
    }
}
