using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Aws.Iam;

/// <summary>
/// One statement of an IAM policy document. Values may be references (<c>repository.Arn</c>), so a document is
/// rendered with <c>jsonencode</c> at plan time rather than built as a string here.
/// </summary>
public sealed record PolicyStatement
{
    public string? Sid { get; init; }

    /// <summary><c>Allow</c> (the default) or <c>Deny</c>.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>Who the statement applies to; only in trust, key and resource policies.</summary>
    public PolicyPrincipal? Principal { get; init; }

    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The resources; left out in trust policies.</summary>
    public IReadOnlyList<TfString>? Resources { get; init; }

    public IReadOnlyList<PolicyCondition>? Conditions { get; init; }

    /// <summary>An Allow statement of the actions on the resources.</summary>
    public static PolicyStatement Allow(string sid, IReadOnlyList<string> actions, params IReadOnlyList<TfString> resources) =>
        new() { Sid = sid, Actions = actions, Resources = resources };
}

/// <summary>A principal: <c>{"Service": [...]}</c>, <c>{"AWS": [...]}</c> or <c>{"Federated": [...]}</c>.</summary>
public sealed record PolicyPrincipal(string Kind, IReadOnlyList<TfString> Values)
{
    public static PolicyPrincipal Service(params IReadOnlyList<TfString> services) => new("Service", services);

    public static PolicyPrincipal Aws(params IReadOnlyList<TfString> arns) => new("AWS", arns);

    public static PolicyPrincipal Federated(params IReadOnlyList<TfString> providers) => new("Federated", providers);
}

/// <summary>A condition: <c>"StringEquals": {"aws:SourceAccount": [...]}</c>.</summary>
public sealed record PolicyCondition(string Operator, string Key, IReadOnlyList<TfString> Values);
