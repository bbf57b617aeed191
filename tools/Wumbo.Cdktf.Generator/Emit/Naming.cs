using System.Collections.Frozen;
using System.Text;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// C# names from Terraform's snake_case names, and cdktf's renaming rule. A member is the PascalCase of its wire
/// name (<c>ipv6_cidr_block</c> → <c>Ipv6CidrBlock</c>) unless that name clashes with a member its class or config
/// record inherits (<see cref="ReservedMembers"/>) or with the name of the type that encloses it: then it takes the
/// suffix <c>Attribute</c> (<c>aws_db_instance.address</c> → <c>AddressAttribute</c>), in the class and the config
/// record alike, so that no generated member hides another (no <c>new</c>). C# keywords need no rule: they are
/// lower-case, and every generated name starts with an upper-case letter. Two wire names that still end up with
/// one name (never seen in a real schema) are told apart by a numeric suffix, in ordinal order of wire names.
/// </summary>
internal static class Naming
{
    public const string RenameSuffix = "Attribute";

    // The members generated code inherits, by the base type that declares them (public and protected only: internal
    // members of the construct layer are invisible to the generated assembly, so they cannot clash). Kept explicit,
    // not reflected, so that generating needs no construct layer; ReservedMemberNamesTests checks them against it.
    private static readonly string[] ObjectMembers = ["Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString"];
    private static readonly string[] RecordMembers = ["EqualityContract", "PrintMembers"];
    private static readonly string[] ConstructMembers = ["Node", "Validate"];
    private static readonly string[] TerraformElementMembers =
        ["AddOverride", "Address", "AllocateLogicalId", "LogicalId", "OverrideLogicalId", "OverrideMetadataKey", "Render", "ResetOverrideLogicalId", "ToMetadata", "ToTerraform"];

    private static readonly string[] TypedElementMembers = ["AddComment", "Fqn", "GetAttribute", "MetaArguments", "RenderBody", "ResolveRoot", "TerraformType", "TfType", "WriteArguments"];
    private static readonly string[] ResourceMembers = ["AddMoveTarget", "MoveFromId", "MoveTo", "MoveToId"];
    private static readonly string[] MetaArgumentMembers = ["Count", "DependsOn", "ForEach", "Lifecycle", "Provider"];
    private static readonly string[] ProviderMembers =
        ["Alias", "Fqn", "ProviderSource", "ProviderVersion", "Source", "TerraformProviderType", "TfType", "Version", "WriteArguments"];

    private static readonly string[] BlockMembers = ["Expression", "FromExpression", "WriteArguments"];

    private static readonly FrozenDictionary<MemberScope, FrozenSet<string>> Reserved = new Dictionary<MemberScope, FrozenSet<string>>
    {
        [MemberScope.Resource] = Union(ObjectMembers, RecordMembers, ConstructMembers, TerraformElementMembers, TypedElementMembers, ResourceMembers, MetaArgumentMembers),
        [MemberScope.DataSource] = Union(ObjectMembers, RecordMembers, ConstructMembers, TerraformElementMembers, TypedElementMembers, MetaArgumentMembers),
        [MemberScope.Provider] = Union(ObjectMembers, RecordMembers, ConstructMembers, TerraformElementMembers, ProviderMembers),
        [MemberScope.Block] = Union(ObjectMembers, RecordMembers, BlockMembers),
    }.ToFrozenDictionary();

    /// <summary>The names a member of <paramref name="scope"/> may not take as they are.</summary>
    public static FrozenSet<string> ReservedMembers(MemberScope scope) => Reserved[scope];

    /// <summary><c>aws_wafv2_web_acl</c> → <c>AwsWafv2WebAcl</c>: each word capitalized, the rest kept as it is.</summary>
    public static string Pascal(string snakeName)
    {
        var name = new StringBuilder(snakeName.Length);
        var startsWord = true;
        foreach (var c in snakeName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(startsWord ? char.ToUpperInvariant(c) : c);
            }

            startsWord = !char.IsAsciiLetterOrDigit(c);
        }

        // An identifier cannot start with a digit.
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name.ToString() : "_" + name;
    }

    /// <summary>
    /// The C# member names of one type's members, by wire name, after the renaming rule; <paramref name="enclosingTypes"/>
    /// are the types the members are declared in (a class and its config record, or a record and its reference struct).
    /// </summary>
    public static IReadOnlyDictionary<string, string> MemberNames(IEnumerable<string> wireNames, MemberScope scope, IEnumerable<string> enclosingTypes)
    {
        var reserved = ReservedMembers(scope);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wireName in wireNames.Order(StringComparer.Ordinal))
        {
            var name = Pascal(wireName);
            if (reserved.Contains(name) || enclosingTypes.Contains(name, StringComparer.Ordinal))
            {
                name += RenameSuffix;
            }

            names[wireName] = Unique(name, taken.Contains);
            taken.Add(names[wireName]);
        }

        return names;
    }

    /// <summary><paramref name="name"/>, or the first of <c>name2</c>, <c>name3</c>, … that is not <paramref name="isTaken"/>.</summary>
    public static string Unique(string name, Func<string, bool> isTaken)
    {
        var candidate = name;
        for (var n = 2; isTaken(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static FrozenSet<string> Union(params string[][] lists) => lists.SelectMany(l => l).ToFrozenSet(StringComparer.Ordinal);
}
