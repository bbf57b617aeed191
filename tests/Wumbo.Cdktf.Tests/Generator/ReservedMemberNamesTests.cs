using System.Reflection;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Generator.Emit;

namespace Wumbo.Cdktf.Tests.Generator;

/// <summary>
/// The generator's explicit lists of inherited member names (<see cref="Naming"/>) are exactly the members that
/// generated classes, config records, block records and reference structs inherit from the construct layer, plus
/// the members the generator itself adds. A member added to the construct layer fails this test until the
/// renaming rule knows it, so no generated member can silently hide it.
/// </summary>
public sealed class ReservedMemberNamesTests
{
    private static readonly string[] RecordMembers = [.. Visible(typeof(TfBlock)).Intersect(["EqualityContract", "PrintMembers"])];

    [Theory]
    [InlineData(nameof(MemberScope.Resource))]
    [InlineData(nameof(MemberScope.DataSource))]
    [InlineData(nameof(MemberScope.Provider))]
    [InlineData(nameof(MemberScope.Block))]
    public void The_reserved_names_are_what_generated_types_inherit_and_add(string scopeName)
    {
        var scope = Enum.Parse<MemberScope>(scopeName);
        IEnumerable<string> inherited = scope switch
        {
            MemberScope.Resource => [.. Visible(typeof(TerraformResource)), .. Visible(typeof(TerraformMetaArguments)), "TfType"],
            MemberScope.DataSource => [.. Visible(typeof(TerraformDataSource)), .. Visible(typeof(TerraformMetaArguments)), "TfType"],
            MemberScope.Provider => [.. Visible(typeof(TerraformProvider)), .. RecordMembers, "TfType", "ProviderSource", "ProviderVersion", "Alias"],
            _ => [.. Visible(typeof(TfBlock)), .. Visible(typeof(ITfValue<>)), .. Visible(typeof(ITfValue))],
        };

        Assert.Equal(inherited.Distinct().Order(StringComparer.Ordinal), Naming.ReservedMembers(scope).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Records_have_the_compiler_generated_members_the_rule_expects() => Assert.Equal(2, RecordMembers.Length);

    // Public and protected members, base types' included, as a derived type in another assembly sees them
    // (internal ones cannot clash).
    private static IEnumerable<string> Visible(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(member => member switch
            {
                MethodInfo method => !method.IsSpecialName && IsVisible(method),
                PropertyInfo property => IsVisible((property.GetMethod ?? property.SetMethod)!),
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                _ => false,
            })
            .Select(member => member.Name)
            .Where(name => !name.Contains('<', StringComparison.Ordinal))
            .Distinct();

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;
}
