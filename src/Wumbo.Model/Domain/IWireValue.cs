using Wumbo.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>
/// A validated identifier written as one YAML scalar (a region, a CIDR, an app id, an e-mail address).
/// Values exist only through <see cref="TryCreate"/>, so an invalid one can never reach the emitters.
/// </summary>
public interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The code reported when a scalar does not parse.</summary>
    static abstract DiagnosticDescriptor InvalidValue { get; }

    /// <summary>A short description of the accepted form, for the JSON Schema and for hints.</summary>
    static abstract string FormatDescription { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says why.</summary>
    static abstract bool TryCreate(string text, out TSelf value, out string problem);

    string Value { get; }
}
