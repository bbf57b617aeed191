namespace Wumbo.Cdktf.Constructs;

/// <summary>A refactoring recorded on a resource; rendered as a top-level <c>moved</c> block.</summary>
internal abstract record ResourceMove
{
    /// <summary>The resource is renamed from an old address to its own (it stays in the configuration).</summary>
    public sealed record FromId(string From) : ResourceMove;

    /// <summary>The resource's state moves to another address; it leaves the configuration.</summary>
    public sealed record ToId(string To) : ResourceMove;

    /// <summary>The resource's state moves to the resource registered under a move target; it leaves the configuration.</summary>
    public sealed record ToTarget(string Target, string IndexSuffix) : ResourceMove;
}
