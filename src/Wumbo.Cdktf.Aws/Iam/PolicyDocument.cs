using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Aws.Iam;

/// <summary>
/// An IAM policy document as <c>jsonencode({...})</c>, in the order IAM documents are written (Version, then
/// Statement; in a statement Sid, Effect, Principal, Action, Resource, Condition), so that the synthesized JSON
/// reads like the policy a reviewer knows. Conditions with one operator are grouped under it.
/// </summary>
public static class PolicyDocument
{
    public static TfString Json(params IReadOnlyList<PolicyStatement> statements) =>
        Fn.Jsonencode(Tf.Map(("Version", "2012-10-17"), ("Statement", Tf.List([.. statements.Select(Statement)]))));

    private static Expression Statement(PolicyStatement statement)
    {
        var members = new List<(string, Expression)>();
        if (statement.Sid is { } sid)
        {
            members.Add(("Sid", sid));
        }

        members.Add(("Effect", statement.Effect));
        if (statement.Principal is { } principal)
        {
            members.Add(("Principal", Tf.Map((principal.Kind, Values(principal.Values)))));
        }

        members.Add(("Action", Tf.List([.. statement.Actions.Select(a => (Expression)a)])));
        if (statement.Resources is { } resources)
        {
            members.Add(("Resource", Values(resources)));
        }

        if (statement.Conditions is { Count: > 0 } conditions)
        {
            members.Add(("Condition", Tf.Map([.. conditions
                .GroupBy(c => c.Operator, StringComparer.Ordinal)
                .Select(g => (g.Key, Tf.Map([.. g.Select(c => (c.Key, Values(c.Values)))])))])));
        }

        return Tf.Map([.. members]);
    }

    private static Expression Values(IReadOnlyList<TfString> values) => Tf.List([.. values.Select(v => v.Expression)]);
}
