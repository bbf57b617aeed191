using Wumbo.Cdktf.Expressions;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Tests.Expressions;

public sealed class CollectionAccessTests
{
    private readonly ResolveContext _context = new(new object(), new List<Diagnostic>());

    [Fact]
    public void An_index_extends_a_traversal_and_indexes_any_other_expression()
    {
        var list = Tf.EachValue<TfList<TfString>>();

        Assert.Equal("each.value[2]", Hcl(list.Get(2)));
        Assert.Equal("tolist(each.value)[0]", Hcl(Fn.Tolist(list).Get(0)));
    }

    [Fact]
    public void Members_of_an_indexed_element_follow_the_index()
    {
        var list = Tf.EachValue<TfList<TfMap<TfString>>>();

        Assert.Equal("each.value[0].name", Hcl(list.Get(0).Get("name")));
        Assert.Equal("tolist(each.value)[1].name", Hcl(Fn.Tolist(list).Get(1).Get("name")));
    }

    [Fact]
    public void A_negative_index_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tf.EachValue<TfList<TfString>>().Get(-1));
    }

    [Fact]
    public void One_takes_the_only_element_of_a_set()
    {
        var set = Fn.Toset(Tf.EachValue<TfList<TfMap<TfString>>>());

        Assert.Equal("one(toset(each.value)).arn", Hcl(Fn.One(set).Get("arn")));
    }

    private string Hcl(TfString value) => ExpressionRenderer.ToHcl(value.Expression, _context);
}
