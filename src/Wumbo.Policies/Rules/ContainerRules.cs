using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>ECS clusters, Fargate services and their task definitions (SECURITY-RULES C1-C10).</summary>
internal static class ContainerRules
{
    private const string Cluster = "aws_ecs_cluster";
    private const string Service = "aws_ecs_service";
    private const string TaskDefinition = "aws_ecs_task_definition";
    private const string Containers = "container_definitions";

    // Trivy AWS-0036 flags environment variables with these words in their names (SECURITY-RULES pitfall 8).
    private static readonly string[] SensitiveNameParts = ["password", "secret", "token", "api_key", "apikey", "private_key", "aws_access_key_id", "aws_secret_access_key"];

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5061", "Containers are not privileged", [TaskDefinition], AllEnvironments, ScannerIds.Of("CKV_AWS_334", "ECS.4"),
            "remove privileged from the container definition", EveryContainer(c => c["privileged"] is not JsonBool { Value: true }, "privileged is true")),
        new("WUM5062", "Containers have a read-only root filesystem", [TaskDefinition], AllEnvironments, ScannerIds.Of("CKV_AWS_336", "ECS.5"),
            "set readonlyRootFilesystem = true and mount a task volume where the app writes (/tmp)", EveryContainer(c => c["readonlyRootFilesystem"] is JsonBool { Value: true }, "readonlyRootFilesystem is not true")),
        new("WUM5063", "Tasks get no public IP address", [Service], AllEnvironments, ScannerIds.Of("CKV_AWS_333", "ECS.2"),
            "set network_configuration.assign_public_ip = false and run tasks in private subnets", NotTrue("network_configuration.assign_public_ip")),
        new("WUM5064", "Container Insights is on", [Cluster], ProductionOnly, ScannerIds.Of("CKV_AWS_65", "AVD-AWS-0034", "ECS.12"),
            "set compute.container_insights: true",
            That((r, _) => r.Blocks("setting").Any(s => s["name"] is JsonString { Value: "containerInsights" } && s["value"] is JsonString { Value: "enabled" or "enhanced" }), "containerInsights is not enabled", "setting")),
        new("WUM5065", "No secrets in plain environment variables", [TaskDefinition], AllEnvironments, ScannerIds.Of("AVD-AWS-0036", "ECS.8"),
            "pass secrets through secrets[].valueFrom (a Secrets Manager ARN); never name a plain variable after a secret",
            EveryContainer(c => !EnvironmentNames(c).Any(IsSensitive), "an environment variable's name says it holds a secret")),
        new("WUM5066", "Tasks and the ECS agent use separate roles", [TaskDefinition], AllEnvironments, ScannerIds.Of("CKV_AWS_249"),
            "give the task its own task_role_arn, different from execution_role_arn",
            That((r, _) => r.IsSet("task_role_arn") && r.Text("task_role_arn") != r.Text("execution_role_arn"), "the task and execution roles are the same or missing", "task_role_arn")),
        new("WUM5067", "Containers do not share the host's processes", [TaskDefinition], AllEnvironments, ScannerIds.Of("CKV_AWS_335", "ECS.3"),
            "remove pid_mode = \"host\"", That((r, _) => r.Text("pid_mode") != "host", "pid_mode is host", "pid_mode")),
        new("WUM5068", "Fargate services run the latest platform", [Service], AllEnvironments, ScannerIds.Of("CKV_AWS_332", "ECS.10"),
            "leave platform_version unset or LATEST", When(r => r.Text("launch_type") == "FARGATE", AbsentOrOneOf("platform_version", "LATEST"))),
        new("WUM5069", "Containers send their logs to CloudWatch", [TaskDefinition], AllEnvironments, ScannerIds.Of("ECS.9"),
            "configure the awslogs log driver with a log group the stack owns",
            EveryContainer(c => c["logConfiguration"] is JsonObject log && log["logDriver"] is JsonString { Value: "awslogs" }, "a container has no awslogs log configuration")),
        new("WUM5070", "ECS Exec sessions are logged", [Cluster], AllEnvironments, ScannerIds.Of("CKV_AWS_223"),
            "leave execute_command_configuration.logging unset (DEFAULT) or send it to a log group; never NONE",
            That((r, _) => r.Text("configuration.execute_command_configuration.logging") != "NONE", "ECS Exec logging is NONE", "configuration")),
    ];

    private static ResourceCheck EveryContainer(Func<JsonObject, bool> passes, string problem) => (r, _) =>
        Strings.Items(r.Document(Containers)).OfType<JsonObject>().All(passes) ? null : new Violation(problem, Containers);

    private static IEnumerable<string> EnvironmentNames(JsonObject container) =>
        Strings.Items(container["environment"]).OfType<JsonObject>().Select(e => (e["name"] as JsonString)?.Value ?? string.Empty);

    private static bool IsSensitive(string name)
    {
        var lower = name.ToLowerInvariant();
        return !lower.StartsWith("token_type", StringComparison.Ordinal) && !lower.StartsWith("version", StringComparison.Ordinal)
            && SensitiveNameParts.Any(part => lower.Contains(part, StringComparison.Ordinal));
    }
}
