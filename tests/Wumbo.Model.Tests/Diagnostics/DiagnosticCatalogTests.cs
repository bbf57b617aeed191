using System.Reflection;
using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Diagnostics;

/// <summary>Every code is declared once, in the catalogue, in its range (WUM1xxx YAML and binding, WUM2xxx domain).</summary>
public sealed partial class DiagnosticCatalogTests
{
    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Descriptors().GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Codes_are_well_formed_and_in_the_model_ranges()
    {
        Assert.All(Descriptors(), d => Assert.Matches(ModelCode(), d.Code));
        Assert.All(Descriptors(), d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }

    [Fact]
    public void Printed_form_is_msbuild_style()
    {
        var diagnostic = DiagnosticCatalog.UnknownKey.At(SourceSpan.At("environments/development.yaml", 12, 3), "unknown key 'x'");

        Assert.Equal("environments/development.yaml(12,3): error WUM1004: unknown key 'x'", diagnostic.ToString());
    }

    [GeneratedRegex("^WUM[12][0-9]{3}$")]
    private static partial Regex ModelCode();
}
