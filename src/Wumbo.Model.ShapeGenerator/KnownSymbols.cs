using Microsoft.CodeAnalysis;

namespace Wumbo.Model.ShapeGenerator;

/// <summary>The types the generator recognises in a compilation, looked up once by metadata name.</summary>
internal sealed class KnownSymbols(Compilation compilation)
{
    public INamedTypeSymbol? ImmutableArray { get; } = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1");

    public INamedTypeSymbol? ImmutableSortedDictionary { get; } = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableSortedDictionary`2");

    public INamedTypeSymbol? WireValue { get; } = compilation.GetTypeByMetadataName("Wumbo.Model.Domain.IWireValue`1");

    public INamedTypeSymbol? WireName { get; } = compilation.GetTypeByMetadataName("Wumbo.Model.Domain.WireNameAttribute");

    public INamedTypeSymbol? Description { get; } = compilation.GetTypeByMetadataName("System.ComponentModel.DescriptionAttribute");

    public INamedTypeSymbol? Range { get; } = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.RangeAttribute");

    public INamedTypeSymbol? RegularExpression { get; } = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.RegularExpressionAttribute");

    /// <summary>The first constructor argument of <paramref name="symbol"/>'s attribute of type <paramref name="attribute"/>, if any.</summary>
    public static TypedConstant? FirstArgument(ISymbol symbol, INamedTypeSymbol? attribute) =>
        Attribute(symbol, attribute) is { ConstructorArguments.Length: > 0 } data ? data.ConstructorArguments[0] : null;

    public static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol? attribute) =>
        symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
}
