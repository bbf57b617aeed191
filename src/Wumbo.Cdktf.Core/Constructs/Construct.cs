using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>A node of the construct tree: an id, a scope and ordered children (aws/constructs' model).</summary>
public class Construct
{
    public Construct(Construct scope, string id) => Node = new ConstructNode(this, scope, id);

    /// <summary>A root: no scope (the <see cref="App"/>).</summary>
    private protected Construct(string id) => Node = new ConstructNode(this, null, id);

    public ConstructNode Node { get; }

    /// <summary>Reports what is wrong with this construct; runs in the validate phase, after the tree is complete.</summary>
    protected internal virtual void Validate(ICollection<Diagnostic> diagnostics)
    {
    }
}
