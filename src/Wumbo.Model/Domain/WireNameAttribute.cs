namespace Wumbo.Model.Domain;

/// <summary>
/// The YAML (and JSON Schema) name of a record parameter or enum member, where it is not simply the
/// snake_case form of the C# name. Enum members always carry one: enums never map through ToString().
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
