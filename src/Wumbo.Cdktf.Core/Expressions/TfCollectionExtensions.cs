namespace Wumbo.Cdktf.Expressions;

/// <summary>Typed element and member access on lists and maps (rendered <c>element(l, i)</c> and <c>m.key</c>).</summary>
public static class TfCollectionExtensions
{
    public static T Element<T>(this TfList<T> list, TfNumber index)
        where T : ITfValue<T> => Fn.Element(list, index);

    public static T Get<T>(this TfMap<T> map, string key)
        where T : ITfValue<T> => T.FromExpression(Tf.Property(map.Expression, key));
}
