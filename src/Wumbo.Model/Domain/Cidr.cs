using System.Globalization;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>An IPv4 CIDR block whose host bits are zero, such as <c>10.10.0.0/16</c>.</summary>
public readonly record struct Cidr : IWireValue<Cidr>
{
    private Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    public uint Network { get; }

    public int PrefixLength { get; }

    public string Value => string.Create(
        CultureInfo.InvariantCulture,
        $"{Network >> 24}.{(Network >> 16) & 0xFF}.{(Network >> 8) & 0xFF}.{Network & 0xFF}/{PrefixLength}");

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidCidr;

    public static string FormatDescription => "an IPv4 CIDR block a.b.c.d/n with zero host bits, for example 10.10.0.0/16";

    private uint Mask => PrefixLength == 0 ? 0u : uint.MaxValue << (32 - PrefixLength);

    private uint Last => Network | ~Mask;

    public bool Contains(Cidr other) => other.PrefixLength >= PrefixLength && (other.Network & Mask) == Network;

    public bool Overlaps(Cidr other) => Network <= other.Last && other.Network <= Last;

    public static bool TryCreate(string text, out Cidr value, out string problem)
    {
        value = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            problem = $"'{text}' is not a CIDR block; expected {FormatDescription}";
            return false;
        }

        var octets = text[..slash].Split('.');
        uint address = 0;
        if (octets.Length != 4)
        {
            problem = $"'{text}' is not a CIDR block; expected {FormatDescription}";
            return false;
        }

        foreach (var octet in octets)
        {
            if (octet.Length is 0 or > 3 || !byte.TryParse(octet, NumberStyles.None, CultureInfo.InvariantCulture, out var part))
            {
                problem = $"'{text}' is not a CIDR block; expected {FormatDescription}";
                return false;
            }

            address = (address << 8) | part;
        }

        var candidate = new Cidr(address, prefix);
        if ((address & candidate.Mask) != address)
        {
            var aligned = new Cidr(address & candidate.Mask, prefix);
            problem = $"'{text}' has host bits set; did you mean '{aligned.Value}'?";
            return false;
        }

        value = candidate;
        problem = string.Empty;
        return true;
    }

    public override string ToString() => Value;
}
