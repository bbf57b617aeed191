using System.Collections.Immutable;
using System.Text.Json;

namespace Wumbo.Testing.Tools;

/// <summary>
/// Reads diagnostics from the two shapes of Terraform's <c>-json</c> output: one document with a
/// <c>diagnostics</c> array (<c>validate</c>) and a stream of JSON lines of <c>"type": "diagnostic"</c>
/// (<c>init</c>, <c>test</c>). Lines that are not JSON are left to the raw output.
/// </summary>
public static class TerraformDiagnosticParser
{
    public static ImmutableArray<TerraformDiagnostic> FromDocument(string json)
    {
        using var document = TryParse(json);
        return document is not null
            && document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("diagnostics", out var list)
            && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(Read)]
            : [];
    }

    public static ImmutableArray<TerraformDiagnostic> FromJsonLines(string output)
    {
        var diagnostics = ImmutableArray.CreateBuilder<TerraformDiagnostic>();
        foreach (var line in output.Split('\n'))
        {
            using var document = TryParse(line);
            if (document is not null
                && document.RootElement.ValueKind == JsonValueKind.Object
                && Text(document.RootElement, "type") == "diagnostic"
                && document.RootElement.TryGetProperty("diagnostic", out var diagnostic))
            {
                diagnostics.Add(Read(diagnostic));
            }
        }

        return diagnostics.ToImmutable();
    }

    private static TerraformDiagnostic Read(JsonElement element) =>
        new(
            Text(element, "severity") ?? "error",
            Text(element, "summary") ?? string.Empty,
            Text(element, "detail") ?? string.Empty,
            Text(element, "address") ?? (element.TryGetProperty("snippet", out var snippet) ? Text(snippet, "context") : null),
            element.TryGetProperty("range", out var range) ? ReadRange(range) : null);

    private static TerraformRange ReadRange(JsonElement range) =>
        new(
            Text(range, "filename") ?? string.Empty,
            Number(range, "start", "line"),
            Number(range, "start", "column"),
            Number(range, "end", "line"),
            Number(range, "end", "column"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int Number(JsonElement element, string position, string name) =>
        element.TryGetProperty(position, out var at) && at.TryGetProperty(name, out var value) && value.TryGetInt32(out var number)
            ? number
            : 0;

    private static JsonDocument? TryParse(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
