using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>Renders one stack: every element's fragment deep-merged, the stack's overrides, and the <c>"//"</c> object.</summary>
internal static class StackSynthesizer
{
    public static string WorkingDirectory(TerraformStack stack) => "stacks/" + stack.Node.Id;

    public static string StackFilePath(TerraformStack stack) => WorkingDirectory(stack) + "/cdk.tf.json";

    public static JsonObject Synthesize(TerraformStack stack, ICollection<Diagnostic> diagnostics)
    {
        var context = new ResolveContext(stack, diagnostics);
        var elements = stack.Elements().ToList();
        var body = stack.Overrides.Apply(JsonMerge.MergeAll(elements.Select(e => e.ToTerraform(context))), context);

        var header = JsonObject.Of(
            ("metadata", JsonObject.Of(("stackName", JsonValue.From(stack.Node.Id)), ("version", JsonValue.From(CdktfVersion.Value)))),
            ("outputs", JsonObject.Empty));
        var metadata = JsonMerge.MergeAll([header, .. elements.Select(e => e.ToMetadata()), stack.Overrides.ToMetadata("stack")]);
        return body.With("//", metadata);
    }
}
