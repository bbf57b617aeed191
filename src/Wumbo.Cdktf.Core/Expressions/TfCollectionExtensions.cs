using System.Globalization;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// Typed element and member access on lists and maps: <c>element(l, i)</c>, <c>l[0]</c> and <c>m.key</c>. On a
/// reference the index extends the path, so <c>db.MasterUserSecret.Get(0).SecretArn</c> renders
/// <c>aws_db_instance.x.master_user_secret[0].secret_arn</c>. Terraform does not index sets: read one through
/// <c>Fn.Tolist(set).Get(0)</c> or <c>Fn.One(set)</c>.
/// </summary>
public static class TfCollectionExtensions
{
    public static T Element<T>(this TfList<T> list, TfNumber index)
        where T : ITfValue<T> => Fn.Element(list, index);

    public static T Get<T>(this TfList<T> list, int index)
        where T : ITfValue<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return T.FromExpression(Tf.Property(list.Expression, index.ToString(CultureInfo.InvariantCulture)));
    }

    public static T Get<T>(this TfMap<T> map, string key)
        where T : ITfValue<T> => T.FromExpression(Tf.Property(map.Expression, key));
}
