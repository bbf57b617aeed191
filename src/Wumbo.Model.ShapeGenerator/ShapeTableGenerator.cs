using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Wumbo.Model.ShapeGenerator;

/// <summary>
/// Implements <c>CreateShapes()</c> of the class marked <c>[ShapeTable(typeof(Root))]</c>: the shape of every type
/// reachable from the root, with constructor and property delegates, so that nothing reads the model by reflection
/// (which trimming and NativeAOT cannot follow).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ShapeTableGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Wumbo.Model.Shapes.ShapeTableAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tables = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax },
            static (target, _) => MetadataName(target.TargetSymbol));

        // The table depends on every model type (a union's cases are found by scanning the assembly), so it is
        // rebuilt from each compilation; it is one small table.
        context.RegisterSourceOutput(tables.Combine(context.CompilationProvider), static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static string MetadataName(ISymbol type) =>
        type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    private static void Emit(SourceProductionContext output, string tableName, Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(tableName) is not { } table
            || KnownSymbols.FirstArgument(table, compilation.GetTypeByMetadataName(AttributeName))?.Value is not ITypeSymbol root)
        {
            return;
        }

        var location = table.Locations.FirstOrDefault() ?? Location.None;
        var collector = ShapeCollector.Collect(compilation, root, location);
        foreach (var diagnostic in collector.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic);
        }

        if (collector.Diagnostics.Count == 0)
        {
            output.AddSource(table.Name + ".g.cs", ShapeTableWriter.Write(table, root, collector.Declarations));
        }
    }
}
