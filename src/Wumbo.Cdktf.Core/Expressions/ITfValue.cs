namespace Wumbo.Cdktf.Expressions;

/// <summary>A typed view of an <see cref="Expression"/>: what L1 configuration properties and attributes are typed with.</summary>
public interface ITfValue
{
    Expression Expression { get; }
}

/// <summary>A typed value that can also be made from an expression (a reference, a function result).</summary>
public interface ITfValue<out TSelf> : ITfValue
    where TSelf : ITfValue<TSelf>
{
    static abstract TSelf FromExpression(Expression expression);
}
