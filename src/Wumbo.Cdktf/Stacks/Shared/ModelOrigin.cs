using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Which part of the environment model a construct was compiled from (<c>database</c>), or one argument of a
/// resource (<c>backup_retention_period</c> from <c>database.backup_retention_days</c>), so that a policy finding
/// points at the environment file's line, as Bicep points at the template's. Recorded in the construct's node
/// metadata; a construct without its own origin has its nearest scope's.
/// </summary>
internal static class ModelOrigin
{
    private const string Key = "wumbo:model-path";

    public static void Record(Construct construct, string modelPath) => construct.Node.SetMetadata(Key, modelPath);

    /// <summary>Records the model path of some of a resource's arguments (by their Terraform names).</summary>
    public static void Record(Construct construct, params ReadOnlySpan<(string Argument, string ModelPath)> arguments)
    {
        foreach (var (argument, modelPath) in arguments)
        {
            construct.Node.SetMetadata(Key + ":" + argument, modelPath);
        }
    }

    /// <summary>The model path of <paramref name="argument"/> (its first segment) of a construct, else of the construct or its scopes.</summary>
    public static string? Find(Construct construct, string? argument)
    {
        if (argument is not null && construct.Node.Metadata.TryGetValue(Key + ":" + argument.Split('.')[0], out var own))
        {
            return own;
        }

        for (Construct? scope = construct; scope is not null; scope = scope.Node.Scope)
        {
            if (scope.Node.Metadata.TryGetValue(Key, out var path))
            {
                return path;
            }
        }

        return null;
    }
}
