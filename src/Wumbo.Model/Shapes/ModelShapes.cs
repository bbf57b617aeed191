using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Shapes;

/// <summary>Builds (once) the <see cref="TypeShape"/> of each domain type by reflecting over the records.</summary>
public static class ModelShapes
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();
    private static readonly Lazy<RecordShape> EnvironmentShape = new(() => (RecordShape)For(typeof(EnvironmentModel)));

    /// <summary>The shape of a whole environment file.</summary>
    public static RecordShape Environment => EnvironmentShape.Value;

    /// <summary>The YAML name of a C# member: its <c>[WireName]</c>, else its name in snake_case.</summary>
    public static string WireName(string clrName, WireNameAttribute? explicitName) =>
        explicitName?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(clrName);

    public static TypeShape For(Type type) => Cache.TryGetValue(type, out var shape) ? shape : Cache.GetOrAdd(type, Build(type));

    private static TypeShape Build(Type type)
    {
        if (type == typeof(string))
        {
            return new StringShape();
        }

        if (type == typeof(int))
        {
            return new IntegerShape();
        }

        if (type == typeof(bool))
        {
            return new BooleanShape();
        }

        if (type.IsEnum)
        {
            return BuildEnum(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return BuildList(type.GetGenericArguments()[0]);
        }

        if (type == typeof(ImmutableSortedDictionary<string, string>))
        {
            return new StringMapShape();
        }

        var wireValue = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IWireValue<>));
        if (wireValue is not null)
        {
            return (TypeShape)typeof(ModelShapes).GetMethod(nameof(BuildWireValue), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, null)!;
        }

        if (type.IsAbstract)
        {
            return BuildUnion(type);
        }

        return BuildRecord(type);
    }

    private static EnumShape BuildEnum(Type type) =>
        new(type, [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => new EnumChoice(
            field.GetCustomAttribute<WireNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{type.Name}.{field.Name} needs a [WireName]: enums never map through ToString()"),
            field.GetValue(null)!))]);

    private static ListShape BuildList(Type element) =>
        new(For(element), (Func<IReadOnlyList<object>, object>)typeof(ModelShapes)
            .GetMethod(nameof(ArrayFactory), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(element)
            .Invoke(null, null)!);

    private static Func<IReadOnlyList<object>, object> ArrayFactory<T>() => items => items.Cast<T>().ToImmutableArray();

    private static WireValueShape BuildWireValue<T>()
        where T : struct, IWireValue<T> =>
        new(typeof(T), T.InvalidValue, T.FormatDescription, static (string text, out object value, out string problem) =>
        {
            var ok = T.TryCreate(text, out var parsed, out problem);
            value = parsed;
            return ok;
        });

    // Cases are the sealed records deriving from the abstract type, named by their type name without
    // the base name: LocalStateBackend -> local, TerraformCloudStateBackend -> terraform_cloud.
    private static UnionShape BuildUnion(Type type) =>
        new(type, [.. type.Assembly.GetTypes()
            .Where(t => t.BaseType == type && t.IsSealed)
            .OrderBy(t => t.MetadataToken)
            .Select(t => new UnionCase(
                JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Name[..^type.Name.Length]),
                (RecordShape)For(t)))]);

    private static RecordShape BuildRecord(Type type)
    {
        var constructor = type.GetConstructors().Single(c => c.GetParameters().Length > 0 && !IsCopyConstructor(c, type));
        var members = constructor.GetParameters().Select(BuildMember).ToImmutableArray();
        return new RecordShape(type, constructor, members, type.GetCustomAttribute<DescriptionAttribute>()?.Description);
    }

    private static bool IsCopyConstructor(ConstructorInfo constructor, Type type) =>
        constructor.GetParameters() is [var only] && only.ParameterType == type;

    // NullabilityInfoContext caches without locking, so each read gets its own: shapes are built on
    // whichever thread asks first, and a shared context corrupted its cache under parallel tests.
    private static bool IsNullableReference(ParameterInfo parameter) =>
        new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static MemberShape BuildMember(ParameterInfo parameter)
    {
        var underlying = Nullable.GetUnderlyingType(parameter.ParameterType);
        var isNullable = underlying is not null
            || (!parameter.ParameterType.IsValueType && IsNullableReference(parameter));
        var range = parameter.GetCustomAttribute<RangeAttribute>();
        var pattern = parameter.GetCustomAttribute<RegularExpressionAttribute>();
        return new MemberShape(
            WireName(parameter.Name!, parameter.GetCustomAttribute<WireNameAttribute>()),
            For(underlying ?? parameter.ParameterType),
            isNullable,
            range is null ? null : Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture),
            range is null ? null : Convert.ToInt64(range.Maximum, CultureInfo.InvariantCulture),
            pattern is null ? null : new Regex(pattern.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            parameter.GetCustomAttribute<DescriptionAttribute>()?.Description);
    }
}
