namespace Wumbo.Diagnostics;

/// <summary>
/// The one table of the product's diagnostic codes: each range of a thousand codes (<c>WUM1xxx</c>, ...), the project
/// that owns it and what it covers. Every catalogue creates its descriptors through its range, which refuses, when the
/// catalogue is initialised, a code outside the range, a retired code or a code given out twice; so two catalogues can
/// never share a code, and a code once retired is never reused. Each catalogue also lists its descriptors in
/// <c>All</c> (explicitly: no reflection in the product); the tests check each list against its catalogue's fields and
/// give every code in it a trigger.
/// </summary>
/// <remarks>
/// The source generator's own codes (<c>WUMS0xx</c>, <c>src/Wumbo.Model.ShapeGenerator/ShapeDiagnostics.cs</c>) are
/// not here: the compiler reports them while building <c>Wumbo.Model</c>, and the generator targets netstandard2.0,
/// so it cannot reference this assembly. Their prefix cannot collide with these codes.
/// </remarks>
public sealed class DiagnosticRange
{
    public static readonly DiagnosticRange Reading = new('1', "Wumbo.Model", "reading the environment files and binding YAML to the model");

    /// <summary>WUM2029 (an environment name used by two files) was replaced by WUM1021, which reports it once.</summary>
    public static readonly DiagnosticRange DomainRules = new('2', "Wumbo.Model", "domain rules over the typed model", ["WUM2029"]);

    public static readonly DiagnosticRange Synthesis = new('3', "Wumbo.Cdktf.Core", "the construct layer and Terraform synthesis");

    public static readonly DiagnosticRange PlanPreview = new('4', "Wumbo.Preview", "the plan preview reading two checkouts");

    public static readonly DiagnosticRange Policy = new('5', "Wumbo.Policies", "policy rules over the synthesized stacks, and their waivers");

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    private DiagnosticRange(char digit, string owner, string purpose, IReadOnlyList<string>? retired = null)
    {
        Prefix = "WUM" + digit;
        Owner = owner;
        Purpose = purpose;
        Retired = retired ?? [];
    }

    /// <summary>Every range, in code order.</summary>
    public static IReadOnlyList<DiagnosticRange> All { get; } = [Reading, DomainRules, Synthesis, PlanPreview, Policy];

    /// <summary>The first four characters of every code in the range, such as <c>WUM3</c>.</summary>
    public string Prefix { get; }

    /// <summary>The name of the one project whose catalogue declares the range's codes.</summary>
    public string Owner { get; }

    public string Purpose { get; }

    /// <summary>Codes that were once declared and are never to be declared again.</summary>
    public IReadOnlyList<string> Retired { get; }

    /// <summary>The range that <paramref name="code"/> belongs to, or null for a code outside every range.</summary>
    public static DiagnosticRange? Of(string code) => All.FirstOrDefault(range => range.Contains(code));

    /// <summary>Whether <paramref name="code"/> is the prefix followed by three digits other than 000.</summary>
    public bool Contains(string code) =>
        code.Length == Prefix.Length + 3
        && code.StartsWith(Prefix, StringComparison.Ordinal)
        && !code.AsSpan(Prefix.Length).ContainsAnyExceptInRange('0', '9')
        && !code.EndsWith("000", StringComparison.Ordinal);

    public DiagnosticDescriptor Error(string code, string title) => Issue(code, DiagnosticSeverity.Error, title);

    public DiagnosticDescriptor Warning(string code, string title) => Issue(code, DiagnosticSeverity.Warning, title);

    public override string ToString() => Prefix + "xxx (" + Owner + ": " + Purpose + ")";

    private DiagnosticDescriptor Issue(string code, DiagnosticSeverity severity, string title)
    {
        if (!Contains(code))
        {
            throw Refusal(code, "lies outside");
        }

        if (Retired.Contains(code, StringComparer.Ordinal))
        {
            throw Refusal(code, "is retired, never to be reused, in");
        }

        lock (_issued)
        {
            if (!_issued.Add(code))
            {
                throw Refusal(code, "is already declared in");
            }
        }

        return new DiagnosticDescriptor(code, severity, title);
    }

    private ArgumentException Refusal(string code, string why) =>
        new($"the diagnostic code '{code}' {why} {this}; take the range's next free code", nameof(code));
}
