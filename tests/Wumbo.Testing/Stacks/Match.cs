using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wumbo.Testing.Stacks;

/// <summary>
/// Matchers that stand in for a value of an expected property where the exact value is not the point:
/// <c>new { kms_key_id = Match.ReferenceTo("aws_kms_key", "arn"), final_snapshot_identifier = Match.Absent }</c>.
/// </summary>
public abstract record Match
{
    /// <summary>The property must not be written.</summary>
    public static Match Absent { get; } = new AbsentMatch();

    /// <summary>The property is written, with any value.</summary>
    public static Match Present { get; } = new PresentMatch();

    /// <summary>The value is exactly a reference to an attribute of some resource of the type: <c>${aws_kms_key.&lt;any&gt;.arn}</c>.</summary>
    public static Match ReferenceTo(string type, string attribute) =>
        new PatternMatch($"a reference to {type}.*.{attribute}", "^\\$\\{" + Regex.Escape(type) + "\\.[A-Za-z0-9_-]+\\." + Regex.Escape(attribute) + "\\}$");

    /// <summary>The value is a string matching the regular expression.</summary>
    public static Match Pattern(string pattern) => new PatternMatch("a string matching /" + pattern + "/", pattern);

    /// <summary>How the expectation reads in a failure message.</summary>
    public abstract string Describe();

    /// <summary>Whether <paramref name="actual"/> (null when the property is absent) satisfies the matcher.</summary>
    internal abstract bool Matches(JsonElement? actual);

    private sealed record AbsentMatch : Match
    {
        public override string Describe() => "absent";

        internal override bool Matches(JsonElement? actual) => actual is null;
    }

    private sealed record PresentMatch : Match
    {
        public override string Describe() => "any value";

        internal override bool Matches(JsonElement? actual) => actual is not null;
    }

    private sealed record PatternMatch(string Description, string Expression) : Match
    {
        public override string Describe() => Description;

        internal override bool Matches(JsonElement? actual) =>
            actual is { ValueKind: JsonValueKind.String } value
            && Regex.IsMatch(value.GetString()!, Expression, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
