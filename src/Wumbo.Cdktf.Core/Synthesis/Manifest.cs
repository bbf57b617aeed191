using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Synthesis;

/// <summary><c>manifest.json</c> exactly as CONTRACT §2.2 describes it.</summary>
internal static class Manifest
{
    public static JsonObject Build(IEnumerable<TerraformStack> stacks) => JsonObject.Of(
        ("stacks", JsonObject.Of([.. stacks.Select(s => (s.Node.Id, (JsonValue?)Entry(s)))])),
        ("version", JsonValue.From(CdktfVersion.Value)));

    private static JsonObject Entry(TerraformStack stack)
    {
        var id = stack.Node.Id;
        var annotations = stack.Node.FindAll().SelectMany(c => c.Node.Annotations).Select(a => JsonObject.Of(
            ("constructPath", JsonValue.From(a.ConstructPath)),
            ("level", JsonValue.From(a.WireLevel)),
            ("message", JsonValue.From(a.Message))));
        return JsonObject.Of(
            ("annotations", new JsonArray([.. annotations])),
            ("constructPath", JsonValue.From(stack.Node.Path)),
            ("dependencies", new JsonArray([.. stack.Dependencies.Select(d => JsonValue.From(d.Node.Path))])),
            ("name", JsonValue.From(id)),
            ("stackMetadataPath", JsonValue.From(StackSynthesizer.WorkingDirectory(stack) + "/metadata.json")),
            ("synthesizedStackPath", JsonValue.From(StackSynthesizer.StackFilePath(stack))),
            ("workingDirectory", JsonValue.From(StackSynthesizer.WorkingDirectory(stack))));
    }
}
