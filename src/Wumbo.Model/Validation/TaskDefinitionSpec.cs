using System.Collections.Immutable;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>
/// What the Fargate rules judge of every task definition the stacks register, the services' and the
/// migration's alike, with the model path each one was written at.
/// </summary>
internal sealed record TaskDefinitionSpec(string Label, string Path, int Cpu, int Memory, string ImageRepository)
{
    public static ImmutableArray<TaskDefinitionSpec> Of(EnvironmentModel model)
    {
        var services = model.Compute.Services.Select((service, index) => new TaskDefinitionSpec(
            $"service '{service.Name}'", ModelPaths.Item(ModelPaths.Services, index), service.Cpu, service.Memory, service.ImageRepository));
        var migration = model.Compute.Migration;
        return [.. services, new TaskDefinitionSpec("the migration task", ModelPaths.Migration, migration.Cpu, migration.Memory, migration.ImageRepository)];
    }
}
