using System.Reflection;
using System.Text.RegularExpressions;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Synthesis;

/// <summary>
/// Across both catalogues (the model's WUM1xxx/2xxx, synthesis's WUM3xxx): codes are unique, and every code is
/// exercised by at least one test, which names it by its code or by its catalogue field.
/// </summary>
public sealed partial class DiagnosticCoverageTests
{
    private static readonly Lazy<string> TestSources = new(() => string.Concat(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(File.ReadAllText)));

    public static TheoryData<string, string> Descriptors() =>
        [.. Fields(typeof(DiagnosticCatalog)).Concat(Fields(typeof(SynthesisDiagnostics)))
            .Select(f => new TheoryDataRow<string, string>(((DiagnosticDescriptor)f.GetValue(null)!).Code, f.Name))];

    [Fact]
    public void Codes_are_unique_across_the_catalogues()
    {
        var codes = Descriptors().Select(row => row.Data.Item1).ToList();

        Assert.Empty(codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Fields(typeof(SynthesisDiagnostics)), f => Assert.Matches(SynthesisCode(), ((DiagnosticDescriptor)f.GetValue(null)!).Code));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_code_has_a_test(string code, string field)
    {
        var named = TestSources.Value.Contains(code, StringComparison.Ordinal)
            || Regex.IsMatch(TestSources.Value, "\\." + field + "\\b", RegexOptions.CultureInvariant);

        Assert.True(named, $"no test names {code} or .{field}");
    }

    private static IEnumerable<FieldInfo> Fields(Type catalogue) =>
        catalogue.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor));

    [GeneratedRegex("^WUM3[0-9]{3}$")]
    private static partial Regex SynthesisCode();
}
