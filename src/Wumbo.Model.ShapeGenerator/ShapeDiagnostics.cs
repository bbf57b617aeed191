using Microsoft.CodeAnalysis;

namespace Wumbo.Model.ShapeGenerator;

/// <summary>
/// What the generator refuses, at compile time and at the offending declaration: each is a model type the binder
/// could not read, which reflection used to find only at run time.
/// </summary>
internal static class ShapeDiagnostics
{
    private const string Category = "Wumbo.Model.Shapes";

    public static readonly DiagnosticDescriptor UnsupportedType = Error(
        "WUMS001",
        "Type cannot be written in an environment file",
        "'{0}' cannot be written in an environment file: a model member is a string, int, bool, enum, validated identifier (IWireValue<T>), ImmutableArray<T>, ImmutableSortedDictionary<string, string>, sealed record or abstract record with sealed cases");

    public static readonly DiagnosticDescriptor EnumWithoutWireName = Error(
        "WUMS002",
        "Enum member needs a [WireName]",
        "'{0}.{1}' needs a [WireName]: enums never map through ToString()");

    public static readonly DiagnosticDescriptor NoPrimaryConstructor = Error(
        "WUMS003",
        "Record needs one public constructor with parameters",
        "'{0}' needs exactly one public constructor with parameters, whose parameters are the YAML keys");

    public static readonly DiagnosticDescriptor NoPropertyForParameter = Error(
        "WUMS004",
        "Constructor parameter needs a property of the same name",
        "'{0}' has no readable property '{1}' for its constructor parameter: the docs read each setting back through it");

    public static readonly DiagnosticDescriptor BadUnionCase = Error(
        "WUMS005",
        "Union case is misnamed",
        "'{0}' derives from '{1}', so its name must end in '{1}': the rest is the case's YAML key");

    public static readonly DiagnosticDescriptor EmptyUnion = Error(
        "WUMS006",
        "Union has no cases",
        "'{0}' is abstract but no sealed record in this assembly derives from it");

    public static readonly DiagnosticDescriptor NonIntegerRange = Error(
        "WUMS007",
        "Range bounds must be integers",
        "[Range] on '{0}' must have integer bounds: only int members are range-checked");

    public static readonly DiagnosticDescriptor CyclicType = Error(
        "WUMS008",
        "Model types cannot contain themselves",
        "'{0}' contains itself: an environment file is a finite tree");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
