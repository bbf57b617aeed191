using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>
/// A Terraform type constraint, as <c>terraform providers schema -json</c> writes it (<c>"string"</c>,
/// <c>["list","string"]</c>, <c>["object",{…},["optional"]]</c>). <see cref="ToString"/> is a canonical
/// spelling, which the generator also uses to compare shapes.
/// </summary>
internal abstract record TerraformType
{
    public static readonly TerraformType String = new PrimitiveType("string");
    public static readonly TerraformType Number = new PrimitiveType("number");
    public static readonly TerraformType Bool = new PrimitiveType("bool");
    public static readonly TerraformType Dynamic = new PrimitiveType("dynamic");

    /// <summary>
    /// True for <c>dynamic</c> and collections of it: values no typed facade describes. An object with a dynamic
    /// field is still an object; only that field is dynamic.
    /// </summary>
    public abstract bool IsDynamic { get; }
}

internal sealed record PrimitiveType(string Name) : TerraformType
{
    public override bool IsDynamic => Name == "dynamic";

    public override string ToString() => Name;
}

internal enum CollectionKind
{
    List,
    Set,
    Map,
}

internal sealed record CollectionType(CollectionKind Kind, TerraformType Element) : TerraformType
{
    public override bool IsDynamic => Element.IsDynamic;

    public override string ToString() => Kind.ToString().ToLowerInvariant() + "(" + Element + ")";
}

/// <summary>An object type; its fields are sorted by name, and optional ones may be left out of a value.</summary>
internal sealed record ObjectType(ImmutableArray<ObjectField> Fields) : TerraformType
{
    public override bool IsDynamic => false;

    public override string ToString() =>
        "object({" + string.Join(",", Fields.Select(f => f.Name + (f.Optional ? "?" : string.Empty) + "=" + f.Type)) + "})";
}

internal sealed record ObjectField(string Name, TerraformType Type, bool Optional);
