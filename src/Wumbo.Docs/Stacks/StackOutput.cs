using System.Text.Json;

namespace Wumbo.Docs.Stacks;

/// <summary>
/// One output of a stack (<c>migration_command</c>, <c>ci_principal_arn</c>, ...): its description and its value as
/// the stack writes it, where references to resources stay <c>${…}</c> text that Terraform fills in at apply.
/// </summary>
public sealed record StackOutput(string Name, string Description, JsonElement Value)
{
    /// <summary>The value when it is one string (a literal or a template), or null for a list or a map.</summary>
    public string? Text => Value.ValueKind == JsonValueKind.String ? Value.GetString() : null;
}
