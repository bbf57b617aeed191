using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Wumbo.Model.ShapeGenerator;

/// <summary>
/// Walks the types reachable from the root record, as the binder reads them, and declares each one's shape after
/// the shapes it is made of. The rules are the ones <c>ModelShapes</c> applied by reflection before it was
/// generated: the record's one public constructor with parameters gives the keys in order, <c>[WireName]</c> or
/// snake_case names them, <c>[Description]</c>, <c>[Range]</c> and <c>[RegularExpression]</c> describe and
/// constrain them, and an abstract record's cases are the sealed records deriving from it, in declaration order.
/// </summary>
internal sealed class ShapeCollector
{
    private const string Shapes = "global::Wumbo.Model.Shapes.";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly Compilation _compilation;
    private readonly KnownSymbols _known;
    private readonly Dictionary<ITypeSymbol, string> _variables = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _failed = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _variableNames = [];
    private readonly List<ShapeDeclaration> _declarations = [];
    private readonly List<Diagnostic> _diagnostics = [];

    private ShapeCollector(Compilation compilation)
    {
        _compilation = compilation;
        _known = new KnownSymbols(compilation);
    }

    public IReadOnlyList<ShapeDeclaration> Declarations => _declarations;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public static ShapeCollector Collect(Compilation compilation, ITypeSymbol root, Location location)
    {
        var collector = new ShapeCollector(compilation);
        collector.Visit(root, location);
        return collector;
    }

    /// <summary>The variable holding <paramref name="type"/>'s shape, declared on first use; null when the type has none.</summary>
    private string? Visit(ITypeSymbol type, Location location)
    {
        if (_variables.TryGetValue(type, out var known))
        {
            return known;
        }

        // A type that failed was reported where it was first met; once is enough.
        if (_failed.Contains(type))
        {
            return null;
        }

        if (!_inProgress.Add(type))
        {
            Report(ShapeDiagnostics.CyclicType, location, Name(type));
            return null;
        }

        var expression = Describe(type, location);
        _inProgress.Remove(type);
        if (expression is null)
        {
            _failed.Add(type);
            return null;
        }

        var variable = VariableName(type);
        _variables[type] = variable;
        _declarations.Add(new ShapeDeclaration(variable, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), expression));
        return variable;
    }

    private string? Describe(ITypeSymbol type, Location location)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return $"new {Shapes}StringShape()";
            case SpecialType.System_Int32:
                return $"new {Shapes}IntegerShape()";
            case SpecialType.System_Boolean:
                return $"new {Shapes}BooleanShape()";
        }

        if (type is not INamedTypeSymbol named)
        {
            return Unsupported(type, location);
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return DescribeEnum(named);
        }

        if (named.IsGenericType && SymbolEqualityComparer.Default.Equals(named.ConstructedFrom, _known.ImmutableArray))
        {
            return Visit(named.TypeArguments[0], location) is { } element
                ? $"List<{Display(named.TypeArguments[0])}>({element})"
                : null;
        }

        if (named.IsGenericType && SymbolEqualityComparer.Default.Equals(named.ConstructedFrom, _known.ImmutableSortedDictionary))
        {
            return named.TypeArguments.All(t => t.SpecialType == SpecialType.System_String)
                ? $"new {Shapes}StringMapShape()"
                : Unsupported(type, location);
        }

        if (IsWireValue(named))
        {
            return $"WireValue<{Display(named)}>()";
        }

        // Records and unions are the model's own, declared beside it; a class from elsewhere (List<T>) is not one.
        return named.TypeKind != TypeKind.Class || !named.Locations.Any(l => l.IsInSource) ? Unsupported(type, location)
            : named.IsAbstract ? DescribeUnion(named, location)
            : DescribeRecord(named, location);
    }

    private bool IsWireValue(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.ConstructedFrom, _known.WireValue)
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    private string? DescribeEnum(INamedTypeSymbol type)
    {
        var choices = new List<string>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            if (KnownSymbols.FirstArgument(field, _known.WireName)?.Value is not string wireName)
            {
                Report(ShapeDiagnostics.EnumWithoutWireName, field.Locations.FirstOrDefault(), type.Name, field.Name);
                return null;
            }

            choices.Add($"new {Shapes}EnumChoice({Literal(wireName)}, {Display(type)}.{field.Name})");
        }

        return $"new {Shapes}EnumShape(typeof({Display(type)}), [{string.Join(", ", choices)}])";
    }

    private string? DescribeUnion(INamedTypeSymbol type, Location location)
    {
        var cases = new List<string>();
        foreach (var caseType in UnionCases(type))
        {
            var caseLocation = caseType.Locations.FirstOrDefault() ?? location;
            if (!caseType.Name.EndsWith(type.Name, StringComparison.Ordinal) || caseType.Name.Length == type.Name.Length)
            {
                Report(ShapeDiagnostics.BadUnionCase, caseLocation, caseType.Name, type.Name);
                return null;
            }

            if (Visit(caseType, caseLocation) is not { } caseShape)
            {
                return null;
            }

            var caseName = caseType.Name.Substring(0, caseType.Name.Length - type.Name.Length);
            cases.Add($"new {Shapes}UnionCase(WireName({Literal(caseName)}, null), {caseShape})");
        }

        if (cases.Count == 0)
        {
            Report(ShapeDiagnostics.EmptyUnion, type.Locations.FirstOrDefault() ?? location, type.Name);
            return null;
        }

        return $"new {Shapes}UnionShape(typeof({Display(type)}), [{string.Join(", ", cases)}])";
    }

    // The sealed classes of this assembly deriving directly from the union, in the order they are declared (the
    // order of their metadata tokens, which reflection used).
    private IEnumerable<INamedTypeSymbol> UnionCases(INamedTypeSymbol type)
    {
        var treeOrder = _compilation.SyntaxTrees.Select((tree, index) => (tree, index)).ToDictionary(p => p.tree, p => p.index);
        return AllTypes(_compilation.Assembly.GlobalNamespace)
            .Where(t => t.IsSealed && SymbolEqualityComparer.Default.Equals(t.BaseType, type))
            .Select(t => (Type: t, Location: t.Locations.First(l => l.IsInSource)))
            .OrderBy(t => treeOrder[t.Location.SourceTree!])
            .ThenBy(t => t.Location.SourceSpan.Start)
            .Select(t => t.Type);
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container) =>
        container.GetMembers().SelectMany(member => member switch
        {
            INamespaceSymbol space => AllTypes(space),
            INamedTypeSymbol type => AllTypes(type).Prepend(type),
            _ => [],
        });

    private string? DescribeRecord(INamedTypeSymbol type, Location location)
    {
        var constructors = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length > 0 && !IsCopyConstructor(c, type))
            .ToList();
        if (constructors.Count != 1)
        {
            Report(ShapeDiagnostics.NoPrimaryConstructor, type.Locations.FirstOrDefault() ?? location, type.Name);
            return null;
        }

        var arguments = new List<string>();
        var members = new List<string>();
        foreach (var parameter in constructors[0].Parameters)
        {
            if (DescribeMember(type, parameter, location) is not { } member)
            {
                return null;
            }

            var cast = $"({parameter.Type.ToDisplayString(TypeFormat)})arguments[{arguments.Count}]";
            arguments.Add(IsNullable(parameter.Type) ? cast : cast + "!");
            members.Add(member);
        }

        var description = KnownSymbols.FirstArgument(type, _known.Description)?.Value as string;
        return $"new {Shapes}RecordShape(typeof({Display(type)}), static arguments => new {Display(type)}({string.Join(", ", arguments)}), "
            + $"[\n            {string.Join(",\n            ", members)}], {Literal(description)})";
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private string? DescribeMember(INamedTypeSymbol record, IParameterSymbol parameter, Location location)
    {
        var parameterLocation = parameter.Locations.FirstOrDefault() ?? location;
        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        if (Visit(type, parameterLocation) is not { } shape)
        {
            return null;
        }

        var property = Properties(record).FirstOrDefault(p => p.Name == parameter.Name && !p.IsStatic && p.GetMethod?.DeclaredAccessibility == Accessibility.Public);
        if (property is null)
        {
            Report(ShapeDiagnostics.NoPropertyForParameter, parameterLocation, record.Name, parameter.Name);
            return null;
        }

        var (minimum, maximum) = ("null", "null");
        if (KnownSymbols.Attribute(parameter, _known.Range) is { } range)
        {
            var bounds = range.ConstructorArguments;
            if (bounds.Length != 2 || bounds[0].Value is not (int or long) || bounds[1].Value is not (int or long))
            {
                Report(ShapeDiagnostics.NonIntegerRange, parameterLocation, parameter.Name);
                return null;
            }

            (minimum, maximum) = (Integer(bounds[0].Value!), Integer(bounds[1].Value!));
        }

        return $"Member({Literal(parameter.Name)}, {Literal(KnownSymbols.FirstArgument(parameter, _known.WireName)?.Value as string)}, {shape}, "
            + $"isNullable: {(IsNullable(parameter.Type) ? "true" : "false")}, minimum: {minimum}, maximum: {maximum}, "
            + $"pattern: {Literal(KnownSymbols.FirstArgument(parameter, _known.RegularExpression)?.Value as string)}, "
            + $"description: {Literal(KnownSymbols.FirstArgument(parameter, _known.Description)?.Value as string)}, "
            + $"read: static value => (({Display(record)})value).{property.Name})";
    }

    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                yield return property;
            }
        }
    }

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private string? Unsupported(ITypeSymbol type, Location location)
    {
        Report(ShapeDiagnostics.UnsupportedType, location, type.ToDisplayString());
        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, Location? location, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    // cidrShape, listOfCidrShape, stringShape: readable in the generated file, unique within it.
    private string VariableName(ITypeSymbol type)
    {
        var name = CamelName(type) + "Shape";
        var unique = name;
        for (var i = 2; !_variableNames.Add(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static string CamelName(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { IsGenericType: true, Name: "ImmutableArray" } list => "listOf" + Pascal(CamelName(list.TypeArguments[0])),
        INamedTypeSymbol { IsGenericType: true } => "stringMap",
        _ => char.ToLowerInvariant(type.Name[0]) + type.Name.Substring(1),
    };

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

    private static string Name(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static string Literal(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Integer(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture) + "L";
}
