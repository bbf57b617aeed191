using System.Text.RegularExpressions;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Generator;

/// <summary>
/// The checked-in schema subset, named <c>{namespace}-{type}-{version}.json</c> (<c>hashicorp-aws-5.100.0.json</c>):
/// Terraform's schema output does not say which version of the provider it describes, so the file name does.
/// </summary>
internal static partial class SchemaFile
{
    public static ProviderSchema Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var match = NamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidDataException($"'{fileName}' is not named <namespace>-<type>-<version>.json");
        }

        var schema = SchemaReader.Read(File.ReadAllText(path), match.Groups["version"].Value);
        var source = match.Groups["namespace"].Value + "/" + match.Groups["type"].Value;
        return schema.Source == source
            ? schema
            : throw new InvalidDataException($"'{fileName}' names the provider {source}, but holds the schema of {schema.Source}");
    }

    [GeneratedRegex(@"^(?<namespace>[a-z0-9-]+)-(?<type>[a-z0-9]+)-(?<version>[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.+-]*)\.json$")]
    private static partial Regex NamePattern();
}
