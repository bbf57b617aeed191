using System.Reflection;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// The table of code ranges (<see cref="DiagnosticRange"/>) and the catalogues that draw on it: every code is unique,
/// lies in a range its catalogue's project owns, and is listed in its catalogue's <c>All</c>.
/// </summary>
public sealed class DiagnosticRegistryTests
{
    [Fact]
    public void Codes_are_unique_across_the_catalogues()
    {
        var codes = Catalogues.Descriptors.Select(d => d.Code);

        Assert.Empty(codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Each_code_lies_in_a_range_its_catalogue_owns()
    {
        foreach (var (type, descriptors) in Catalogues.All)
        {
            var owner = type.Assembly.GetName().Name;
            Assert.All(descriptors, d => Assert.Equal(owner, DiagnosticRange.Of(d.Code)?.Owner));
        }
    }

    [Fact]
    public void Each_catalogue_lists_every_descriptor_it_declares_once_in_code_order()
    {
        // The policy rules declare their codes as rule records, not fields: their ids are checked in PolicyRuleTests.
        foreach (var (type, descriptors) in Catalogues.All.Where(c => c.Type != typeof(Wumbo.Policies.Rules.PolicyRules)))
        {
            var declared = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

            Assert.Equal(declared.Select(d => d.Code).Order(StringComparer.Ordinal), descriptors.Select(d => d.Code));
            Assert.All(descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
        }
    }

    [Fact]
    public void Every_range_has_a_catalogue_or_is_reserved_with_a_reason()
    {
        var used = Catalogues.Descriptors.Select(d => DiagnosticRange.Of(d.Code)!).Distinct().ToList();

        Assert.Empty(used.Intersect(Catalogues.Reserved.Keys));
        Assert.Equal(DiagnosticRange.All, DiagnosticRange.All.Where(r => used.Contains(r) || Catalogues.Reserved.ContainsKey(r)));
        Assert.Equal(DiagnosticRange.All.Count, DiagnosticRange.All.Select(r => r.Prefix).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("WUM3001", true)]
    [InlineData("WUM3999", true)]
    [InlineData("WUM3000", false)]
    [InlineData("WUM4001", false)]
    [InlineData("WUM30011", false)]
    [InlineData("WUM3x01", false)]
    [InlineData("wum3001", false)]
    public void A_range_contains_its_prefix_and_three_digits(string code, bool contained) =>
        Assert.Equal(contained, DiagnosticRange.Synthesis.Contains(code));

    [Fact]
    public void A_range_refuses_a_code_outside_it_a_retired_code_and_a_code_declared_twice()
    {
        Assert.Contains("'WUM4001' lies outside WUM3xxx (Wumbo.Cdktf.Core", Refusal(() => DiagnosticRange.Synthesis.Error("WUM4001", "x")), StringComparison.Ordinal);
        Assert.Contains("'WUM2029' is retired, never to be reused, in WUM2xxx", Refusal(() => DiagnosticRange.DomainRules.Error("WUM2029", "x")), StringComparison.Ordinal);
        Assert.Contains("'WUM3017' is already declared in WUM3xxx", Refusal(() => DiagnosticRange.Synthesis.Warning(SynthesisDiagnostics.NoStacks.Code, "x")), StringComparison.Ordinal);
    }

    private static string Refusal(Func<DiagnosticDescriptor> declare) => Assert.Throws<ArgumentException>(declare).Message;
}
