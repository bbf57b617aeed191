using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Tests.Expressions;

public sealed class TfObjectWriterTests
{
    private readonly ResolveContext _context = new(new object(), new List<Diagnostic>());

    [Fact]
    public void Object_and_dynamic_fields_of_an_object_attribute_are_written_whole_or_as_null()
    {
        var writer = new TfObjectWriter();
        writer.WriteOrNull("object_set", new Endpoint { Port = 443 });
        writer.WriteOrNull("object_unset", (TfBlock?)null);
        writer.WriteOrNull("dynamic_set", Tf.Map(("enabled", true)));
        writer.WriteOrNull("dynamic_unset", (Expression?)null);

        Assert.Equal(
            """{"dynamic_set": {"enabled": true}, "dynamic_unset": null, "object_set": {"host": null, "port": 443}, "object_unset": null}""",
            Flat(writer.Build()));
    }

    private string Flat(Expression expression) => Synth.OneLine(ExpressionRenderer.ToJson(expression, _context));

    private sealed record Endpoint : TfBlock
    {
        public TfString? Host { get; init; }

        public TfNumber? Port { get; init; }

        protected override void WriteArguments(TfObjectWriter writer)
        {
            writer.WriteOrNull("host", Host);
            writer.WriteOrNull("port", Port);
        }
    }
}
