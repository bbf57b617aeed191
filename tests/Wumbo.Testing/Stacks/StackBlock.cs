using System.Text.Json;

namespace Wumbo.Testing.Stacks;

/// <summary>One resource, data source or output of a synthesized stack: its address and its JSON body.</summary>
public sealed record StackBlock(string Address, string LogicalId, JsonElement Body)
{
    /// <summary>The construct path cdktf records in the block's <c>"//"</c> metadata.</summary>
    public string? ConstructPath =>
        Body.TryGetProperty("//", out var comment) && comment.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("path", out var path)
            ? path.GetString()
            : null;

    /// <summary>A top-level argument, or null when it is not written.</summary>
    public JsonElement? this[string name] => Body.TryGetProperty(name, out var value) ? value : null;
}
