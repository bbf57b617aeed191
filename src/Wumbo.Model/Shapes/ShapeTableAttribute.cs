namespace Wumbo.Model.Shapes;

/// <summary>
/// Marks the partial class whose <c>CreateShapes()</c> Wumbo.Model.ShapeGenerator implements at compile time: the
/// shape of <see cref="Root"/> and of every type reachable from it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ShapeTableAttribute(Type root) : Attribute
{
    public Type Root { get; } = root;
}
