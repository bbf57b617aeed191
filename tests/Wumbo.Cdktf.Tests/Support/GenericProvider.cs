using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Tests.Support;

/// <summary>A provider with a free source and version, to reproduce cdktf's <c>"source": "aws", "version": "6.25.0"</c>.</summary>
internal sealed class GenericProvider(
    Construct scope, string id, string type, string source, string version, IReadOnlyList<(string Name, Expression Value)> arguments, string? alias = null)
    : TerraformProvider(scope, id, type, source, version, alias)
{
    public static GenericProvider CdktfAws(Construct scope, params IReadOnlyList<(string Name, Expression Value)> arguments) =>
        new(scope, "aws", "aws", "aws", "6.25.0", arguments);

    protected override void WriteArguments(TfObjectWriter writer)
    {
        foreach (var (name, value) in arguments)
        {
            writer.Write(name, value);
        }
    }
}
