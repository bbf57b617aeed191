namespace Wumbo.Model.ShapeGenerator;

/// <summary>One line of the generated table: <c>var Variable = Add(shapes, typeof(Type), Expression);</c>.</summary>
internal sealed record ShapeDeclaration(string Variable, string Type, string Expression);
