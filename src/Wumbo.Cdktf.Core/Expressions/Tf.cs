using System.Collections.Immutable;

namespace Wumbo.Cdktf.Expressions;

/// <summary>Expression building blocks that are not Terraform functions: templates, objects, iterators.</summary>
public static class Tf
{
    public static Expression Null => NullLiteral.Instance;

    /// <summary><c>count.index</c> inside a resource with <c>count</c>.</summary>
    public static TfNumber CountIndex => new(new TraversalExpression("count", ["index"]));

    /// <summary><c>each.key</c> inside a resource with <c>for_each</c>.</summary>
    public static TfString EachKey => new(new TraversalExpression("each", ["key"]));

    /// <summary><c>terraform.workspace</c>.</summary>
    public static TfString Workspace => new(new TraversalExpression("terraform", ["workspace"]));

    /// <summary><c>each.value</c>, typed as what the <c>for_each</c> collection holds.</summary>
    public static T EachValue<T>()
        where T : ITfValue<T> => T.FromExpression(new TraversalExpression("each", ["value"]));

    public static TfString Template(ref TfTemplateHandler handler) => handler.ToTfString();

    public static Expression List(params ReadOnlySpan<Expression> items) => new ListExpression([.. items]);

    /// <summary>An object in insertion order, e.g. for <c>jsonencode</c> or an output value.</summary>
    public static Expression Map(params ReadOnlySpan<(string Key, Expression Value)> members)
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, Expression>>(members.Length);
        foreach (var (key, value) in members)
        {
            builder.Add(KeyValuePair.Create(key, value));
        }

        return new ObjectExpression(builder.MoveToImmutable());
    }

    /// <summary><c>target.key</c>; on a reference the key extends the reference's path.</summary>
    public static Expression Property(Expression target, string key) => target switch
    {
        ReferenceExpression r => r with { Path = r.Path.Add(key) },
        TraversalExpression t => t with { Path = t.Path.Add(key) },
        _ => new PropertyAccessExpression(target, key),
    };

    /// <summary><c>[ for key, val in collection: body(key, val)]</c>.</summary>
    public static Expression ForList(Expression collection, Func<Expression, Expression, Expression> body) =>
        new ForExpression("key", "val", collection, body(new TraversalExpression("key", []), new TraversalExpression("val", [])));
}
