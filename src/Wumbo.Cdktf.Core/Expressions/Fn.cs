using System.Collections.Immutable;

namespace Wumbo.Cdktf.Expressions;

/// <summary>Terraform built-in functions, rendered <c>name(arg, …)</c> with HCL arguments (CONTRACT §4.2).</summary>
public static class Fn
{
    public static Expression Call(string name, params ReadOnlySpan<Expression> arguments) =>
        new FunctionCallExpression(name, [.. arguments]);

    public static TfString Jsonencode(Expression value) => new(Call("jsonencode", value));

    public static T Element<T>(TfList<T> list, TfNumber index)
        where T : ITfValue<T> => T.FromExpression(Call("element", list, index));

    public static TfString Cidrsubnet(TfString prefix, TfNumber newbits, TfNumber netnum) =>
        new(Call("cidrsubnet", prefix, newbits, netnum));

    public static TfString Join(TfString separator, TfList<TfString> list) => new(Call("join", separator, list));

    public static TfString Format(TfString format, params ReadOnlySpan<Expression> arguments) =>
        new(new FunctionCallExpression("format", [format.Expression, .. arguments]));

    public static T Lookup<T>(TfMap<T> map, TfString key, T defaultValue)
        where T : ITfValue<T> => T.FromExpression(Call("lookup", map, key, defaultValue.Expression));

    public static TfList<T> Toset<T>(TfList<T> list)
        where T : ITfValue => new(Call("toset", list));

    public static TfList<T> Tolist<T>(TfList<T> list)
        where T : ITfValue => new(Call("tolist", list));

    /// <summary><c>one(list)</c>: the only element of a list or set of at most one, or null when it is empty.</summary>
    public static T One<T>(TfList<T> list)
        where T : ITfValue<T> => T.FromExpression(Call("one", list));

    public static TfString Upper(TfString value) => new(Call("upper", value));

    public static TfString Lower(TfString value) => new(Call("lower", value));

    public static TfNumber Length(Expression collection) => new(Call("length", collection));

    public static TfList<TfString> Keys(Expression map) => new(Call("keys", map));

    public static TfList<T> Values<T>(TfMap<T> map)
        where T : ITfValue => new(Call("values", map));

    public static TfMap<T> Merge<T>(params ReadOnlySpan<TfMap<T>> maps)
        where T : ITfValue => new(new FunctionCallExpression("merge", [.. ToExpressions(maps)]));

    public static TfList<T> Concat<T>(params ReadOnlySpan<TfList<T>> lists)
        where T : ITfValue => new(new FunctionCallExpression("concat", [.. ToExpressions(lists)]));

    /// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
    public static T Conditional<T>(TfBool condition, T whenTrue, T whenFalse)
        where T : ITfValue<T> => T.FromExpression(new ConditionalExpression(condition, whenTrue.Expression, whenFalse.Expression));

    /// <summary>
    /// A string kept literally, <c>${</c> included. Every literal is escaped already (DEVIATIONS.md), so
    /// this is a plain literal; it exists so that code ported from cdktf reads the same.
    /// </summary>
    public static TfString RawString(string value) => value;

    private static ImmutableArray<Expression> ToExpressions<T>(ReadOnlySpan<T> values)
        where T : ITfValue
    {
        var builder = ImmutableArray.CreateBuilder<Expression>(values.Length);
        foreach (var value in values)
        {
            builder.Add(value.Expression);
        }

        return builder.MoveToImmutable();
    }
}
