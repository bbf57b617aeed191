using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Shapes;

/// <summary>
/// The <see cref="TypeShape"/> of each domain type. The table is generated at compile time from the records
/// (Wumbo.Model.ShapeGenerator: constructors, parameters and their attributes), so nothing reads the model by
/// reflection and the native build sees every type it needs; this part holds what the generated table calls.
/// </summary>
[ShapeTable(typeof(EnvironmentModel))]
public static partial class ModelShapes
{
    private static readonly Dictionary<Type, TypeShape> Shapes = CreateShapes();

    /// <summary>The shape of a whole environment file.</summary>
    public static RecordShape Environment { get; } = (RecordShape)Shapes[typeof(EnvironmentModel)];

    /// <summary>The shape of a type of the model (reachable from <see cref="EnvironmentModel"/>).</summary>
    public static TypeShape For(Type type) =>
        Shapes.TryGetValue(type, out var shape) ? shape : throw new ArgumentException($"{type} is not a type of the environment model", nameof(type));

    private static partial Dictionary<Type, TypeShape> CreateShapes();

    private static TShape Add<TShape>(Dictionary<Type, TypeShape> shapes, Type type, TShape shape)
        where TShape : TypeShape
    {
        shapes.Add(type, shape);
        return shape;
    }

    /// <summary>The YAML name of a C# member or union case: its <c>[WireName]</c>, else its name in snake_case.</summary>
    private static string WireName(string clrName, string? explicitName) =>
        explicitName ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(clrName);

    private static MemberShape Member(
        string clrName, string? wireName, TypeShape shape, bool isNullable, long? minimum, long? maximum, string? pattern, string? description, Func<object, object?> read) =>
        new(
            WireName(clrName, wireName),
            shape,
            isNullable,
            minimum,
            maximum,
            pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            description,
            read);

    private static ListShape List<T>(TypeShape element) => new(element, static items => items.Cast<T>().ToImmutableArray());

    private static WireValueShape WireValue<T>()
        where T : struct, IWireValue<T> =>
        new(
            typeof(T),
            T.InvalidValue,
            T.FormatDescription,
            static (string text, out object value, out string problem) =>
            {
                var ok = T.TryCreate(text, out var parsed, out problem);
                value = parsed;
                return ok;
            },
            static value => ((T)value).Value);
}
