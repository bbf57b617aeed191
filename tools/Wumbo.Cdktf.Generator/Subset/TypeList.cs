using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Subset;

/// <summary>
/// The Terraform types to keep, one a line: <c>resource aws_vpc</c> or <c>data aws_caller_identity</c>. A <c>#</c>
/// starts a comment; blank lines are ignored. The provider's configuration is always kept.
/// </summary>
internal sealed record TypeList(ImmutableSortedSet<string> Resources, ImmutableSortedSet<string> DataSources)
{
    public static TypeList Parse(string text)
    {
        var resources = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var dataSources = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split('#')[0].Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var added = words switch
            {
                ["resource", var type] => resources.Add(type),
                ["data", var type] => dataSources.Add(type),
                _ => throw new FormatException($"line {i + 1}: expected 'resource <type>' or 'data <type>', found '{lines[i].Trim()}'"),
            };
            if (!added)
            {
                throw new FormatException($"line {i + 1}: '{lines[i].Trim()}' is listed twice");
            }
        }

        return new TypeList(resources.ToImmutable(), dataSources.ToImmutable());
    }
}
