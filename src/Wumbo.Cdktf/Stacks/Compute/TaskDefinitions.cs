using System.Globalization;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Fargate task definitions: the model's size and CPU architecture, separate execution and task roles
/// (SECURITY-RULES C6), and a writable <c>/tmp</c> volume for the read-only containers. Revisions Terraform
/// replaces stay registered (<c>skip_destroy</c>), since a service may still run one CI registered from it.
/// </summary>
internal static class TaskDefinitions
{
    public const string TmpVolume = "tmp";

    public static AwsEcsTaskDefinition Create(
        Construct scope, string id, StackContext context, string family, int cpu, int memory, AwsIamRole taskRole, AwsIamRole executionRole, TfString containers) =>
        new(scope, id, new AwsEcsTaskDefinitionConfig
        {
            Family = family,
            Cpu = cpu.ToString(CultureInfo.InvariantCulture),
            Memory = memory.ToString(CultureInfo.InvariantCulture),
            NetworkMode = "awsvpc",
            RequiresCompatibilities = ["FARGATE"],
            RuntimePlatform = new AwsEcsTaskDefinitionRuntimePlatform
            {
                OperatingSystemFamily = "LINUX",
                CpuArchitecture = context.Environment.Compute.CpuArchitecture switch
                {
                    CpuArchitecture.Arm64 => "ARM64",
                    CpuArchitecture.X86 => "X86_64",
                    _ => throw new ArgumentOutOfRangeException(nameof(context)),
                },
            },
            ExecutionRoleArn = executionRole.Arn,
            TaskRoleArn = taskRole.Arn,
            ContainerDefinitions = containers,
            Volume = [new AwsEcsTaskDefinitionVolume { Name = TmpVolume }],
            SkipDestroy = true,
        });
}
