using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// The database migration task: its family, image and log group (from <see cref="EnvironmentNames"/>), its command,
/// and the stack's <c>migration_command</c> output with what the stack states literally filled in (the rest, the
/// subnets and the security group, only Terraform knows after the apply).
/// </summary>
public sealed record MigrationFacts(string Family, string Repository, int Cpu, int Memory, string Command, string LogGroup, string RunCommand)
{
    public const string OutputName = "migration_command";

    public static MigrationFacts From(EnvironmentModel model, StackFacts stack)
    {
        var migration = model.Compute.Migration;
        var names = model.Names;
        var output = stack.Output(OutputName).Text ?? throw new InvalidOperationException($"the {OutputName} output is not a string");
        return new(
            names.Migration,
            names.Repository(migration.ImageRepository),
            migration.Cpu,
            migration.Memory,
            string.Join(' ', migration.Command),
            names.MigrationLogGroup,
            stack.ResolveLiterals(output));
    }
}
