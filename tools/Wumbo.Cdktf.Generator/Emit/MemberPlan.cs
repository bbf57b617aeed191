namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// One attribute or block as generated: a property of the config or input record (<see cref="ArgumentType"/>;
/// null for computed-only attributes) and a getter of the class or reference struct (<see cref="GetterType"/>; null
/// in the provider, which has no attributes to read). <see cref="Dynamic"/> members are plain expressions.
/// </summary>
internal sealed record MemberPlan(
    string WireName,
    string Name,
    string? ArgumentType,
    string? GetterType,
    bool Required,
    WriteMethod Write,
    bool Dynamic,
    bool Deprecated,
    string? Description);
