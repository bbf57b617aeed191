using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;

namespace Wumbo.Policies.Rules;

/// <summary>Reads IAM-style policy documents (role, key, topic, bucket policies) once decoded from <c>jsonencode</c>.</summary>
internal static class PolicyDocuments
{
    public static ImmutableArray<JsonObject> Statements(JsonValue? document) =>
        document is JsonObject o ? [.. Strings.Items(o["Statement"]).OfType<JsonObject>()] : [];

    public static ImmutableArray<JsonObject> Allows(JsonValue? document) =>
        [.. Statements(document).Where(s => s["Effect"] is JsonString { Value: "Allow" })];

    public static ImmutableArray<string> Values(JsonObject statement, string key) => Strings.Of(statement[key]);

    /// <summary>Whether anyone at all may act: <c>"*"</c>, or <c>{"AWS": "*"}</c>, with no condition to narrow it.</summary>
    public static bool IsPublic(JsonObject statement) =>
        statement["Condition"] is null
        && (statement["Principal"] is JsonString { Value: "*" }
            || (statement["Principal"] is JsonObject principal && Strings.Of(principal["AWS"]).Contains("*")));

    /// <summary>The principals of one kind (<c>Service</c>, <c>AWS</c>, <c>Federated</c>).</summary>
    public static ImmutableArray<string> Principals(JsonObject statement, string kind) =>
        statement["Principal"] is JsonObject principal ? Strings.Of(principal[kind]) : [];

    /// <summary>The keys every condition operator of a statement tests, e.g. <c>aws:SourceAccount</c>.</summary>
    public static ImmutableArray<string> ConditionKeys(JsonObject statement) =>
        statement["Condition"] is JsonObject condition
            ? [.. condition.Members.Values.OfType<JsonObject>().SelectMany(test => test.Members.Keys)]
            : [];
}
