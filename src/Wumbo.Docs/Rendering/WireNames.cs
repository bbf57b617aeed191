using Wumbo.Model.Shapes;

namespace Wumbo.Docs.Rendering;

/// <summary>Model enums as the environment files spell them (their <c>[WireName]</c>), never through <c>ToString()</c>.</summary>
internal static class WireNames
{
    public static string WireName(this Enum value) =>
        ((EnumShape)ModelShapes.For(value.GetType())).Choices.Single(choice => choice.Value.Equals(value)).WireName;
}
