using System.Globalization;
using Wumbo.Cdktf.Json;
using Wumbo.Policies.Stacks;

namespace Wumbo.Policies.Rules;

/// <summary>
/// The common forms of a check, as checkov's base checks are: an argument that must be true, set, one of some
/// values or in a range. An absent argument fails unless the check says otherwise (SECURITY-RULES pitfall 1:
/// the stacks write every security-relevant argument explicitly).
/// </summary>
internal static class Checks
{
    public static ResourceCheck IsTrue(string argument) => (r, _) =>
        r.Bool(argument) == true ? null : new($"{argument} is {Show(r.Get(argument))}; it must be true", argument);

    /// <summary>Absent or false passes.</summary>
    public static ResourceCheck NotTrue(string argument) => (r, _) =>
        r.Bool(argument) == true ? new($"{argument} is true", argument) : null;

    public static ResourceCheck IsSet(string argument) => (r, _) =>
        r.IsSet(argument) ? null : new($"{argument} is not set", argument);

    public static ResourceCheck OneOf(string argument, params string[] allowed) => (r, _) =>
        r.Text(argument) is { } value && allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : new($"{argument} is {Show(r.Get(argument))}; it must be {Alternatives(allowed)}", argument);

    /// <summary>Absent passes (the service's default is compliant); a written value must be one of <paramref name="allowed"/>.</summary>
    public static ResourceCheck AbsentOrOneOf(string argument, params string[] allowed) => (r, stack) =>
        r.Get(argument) is null or JsonNull ? null : OneOf(argument, allowed)(r, stack);

    public static ResourceCheck Between(string argument, double minimum, double maximum) => (r, _) =>
        r.Number(argument) is { } value && value >= minimum && value <= maximum
            ? null
            : new(string.Create(CultureInfo.InvariantCulture, $"{argument} is {Show(r.Get(argument))}; it must be between {minimum} and {maximum}"), argument);

    /// <summary>A check of any shape: <paramref name="passes"/> decides, <paramref name="problem"/> says what is wrong.</summary>
    public static ResourceCheck That(Func<StackResource, StackDocument, bool> passes, string problem, string? argument = null) => (r, stack) =>
        passes(r, stack) ? null : new(problem, argument);

    /// <summary>Runs <paramref name="check"/> only on the resources <paramref name="applies"/> selects; the others pass.</summary>
    public static ResourceCheck When(Func<StackResource, bool> applies, ResourceCheck check) => (r, stack) =>
        applies(r) ? check(r, stack) : null;

    /// <summary>The first violation of several checks.</summary>
    public static ResourceCheck All(params ResourceCheck[] checks) => (r, stack) =>
        checks.Select(check => check(r, stack)).FirstOrDefault(v => v is not null);

    /// <summary>No Allow statement of the policy document in <paramref name="argument"/> lets anyone act without a condition.</summary>
    public static ResourceCheck NoPublicStatement(string argument) => (r, _) =>
        PolicyDocuments.Allows(r.Document(argument)).Any(PolicyDocuments.IsPublic)
            ? new Violation("a statement allows any principal without a condition", argument)
            : null;

    public static string Show(JsonValue? value) => value switch
    {
        null or JsonNull => "not set",
        JsonBool b => b.Value ? "true" : "false",
        JsonNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        JsonString s => "\"" + s.Value + "\"",
        _ => "a block",
    };

    private static string Alternatives(string[] allowed) =>
        allowed.Length == 1 ? "\"" + allowed[0] + "\"" : "one of " + string.Join(", ", allowed.Select(a => "\"" + a + "\""));
}
