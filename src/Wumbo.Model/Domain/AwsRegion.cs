using System.Collections.Frozen;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>A commercial AWS region code such as <c>us-east-1</c>.</summary>
public readonly record struct AwsRegion : IWireValue<AwsRegion>
{
    // Commercial regions as of 2026; GovCloud and China partitions are out of scope for Wumbo.
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.Ordinal,
        "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
        "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1",
        "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1",
        "us-west-2");

    private AwsRegion(string value) => Value = value;

    public string Value { get; }

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidRegion;

    public static string FormatDescription => "an AWS commercial region code, for example us-east-1";

    public static bool TryCreate(string text, out AwsRegion value, out string problem)
    {
        if (Known.Contains(text))
        {
            value = new AwsRegion(text);
            problem = string.Empty;
            return true;
        }

        value = default;
        problem = $"'{text}' is not an AWS region; expected {FormatDescription}";
        return false;
    }

    public override string ToString() => Value;
}
