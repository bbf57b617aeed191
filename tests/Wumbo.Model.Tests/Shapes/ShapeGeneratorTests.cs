using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Wumbo.Model.ShapeGenerator;
using Wumbo.Model.Shapes;

namespace Wumbo.Model.Tests.Shapes;

/// <summary>
/// A model type the binder could not read fails the build, at its declaration, with a message that says what
/// is allowed: the generator runs here on small models written for each rule.
/// </summary>
public sealed class ShapeGeneratorTests
{
    [Fact]
    public void A_model_the_binder_can_read_gets_its_table_and_no_diagnostic()
    {
        var (diagnostics, generated) = Generate("""
            public enum Size { [WireName("small")] Small, [WireName("large")] Large }
            public abstract record Store;
            public sealed record LocalStore(string? Path) : Store;
            public sealed record Root([Description("The size.")] Size Size, [Range(1, 6)] int Count, ImmutableArray<Cidr> Blocks, Store Store, bool? Flag);
            """);

        Assert.Empty(diagnostics);
        var table = Assert.Single(generated);
        Assert.Contains("Member(\"Count\", null, int32Shape, isNullable: false, minimum: 1L, maximum: 6L", table, StringComparison.Ordinal);
        Assert.Contains("new global::Wumbo.Model.Shapes.UnionCase(WireName(\"Local\", null), localStoreShape)", table, StringComparison.Ordinal);
        Assert.Contains("List<global::Wumbo.Model.Domain.Cidr>(cidrShape)", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WUMS001", "public sealed record Root(long Count);", "'long' cannot be written in an environment file")]
    [InlineData("WUMS001", "public sealed record Root(System.Collections.Generic.List<string> Names);", "cannot be written in an environment file")]
    [InlineData("WUMS002", "public enum Size { [WireName(\"small\")] Small, Large }\npublic sealed record Root(Size Size);", "'Size.Large' needs a [WireName]")]
    [InlineData("WUMS003", "public sealed record Root { public Root(int a) { } public Root(string b) { } }", "'Root' needs exactly one public constructor with parameters")]
    [InlineData("WUMS004", "public sealed record Root { public Root(int count) { } }", "'Root' has no readable property 'count'")]
    [InlineData("WUMS005", "public abstract record Store;\npublic sealed record Local(string? Path) : Store;\npublic sealed record Root(Store Store);", "'Local' derives from 'Store', so its name must end in 'Store'")]
    [InlineData("WUMS006", "public abstract record Store;\npublic sealed record Root(Store Store);", "'Store' is abstract but no sealed record in this assembly derives from it")]
    [InlineData("WUMS007", "public sealed record Root([Range(0.5, 2.5)] int Count);", "[Range] on 'Count' must have integer bounds")]
    [InlineData("WUMS008", "public sealed record Root(Child Child);\npublic sealed record Child(Root? Parent);", "'Root' contains itself")]
    public void A_type_the_binder_could_not_read_fails_the_build(string code, string model, string message)
    {
        var (diagnostics, generated) = Generate(model);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(diagnostic.Location.IsInSource, "the diagnostic points at the declaration to change");
        Assert.Empty(generated);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Generated) Generate(string model)
    {
        var source = $$"""
            using System.Collections.Immutable;
            using System.ComponentModel;
            using System.ComponentModel.DataAnnotations;
            using Wumbo.Model.Domain;
            using Wumbo.Model.Shapes;

            namespace Sample;

            [ShapeTable(typeof(Root))]
            public static partial class Table;

            {{model}}
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(ShapeTableAttribute).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var result = CSharpGeneratorDriver.Create(new ShapeTableGenerator()).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
        return (result.Diagnostics, [.. result.GeneratedTrees.Select(tree => tree.ToString())]);
    }
}
