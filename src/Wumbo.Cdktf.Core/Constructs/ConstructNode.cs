using System.Collections.Immutable;

namespace Wumbo.Cdktf.Constructs;

/// <summary>The tree bookkeeping of a <see cref="Construct"/>: path, children in creation order, annotations, aspects.</summary>
public sealed class ConstructNode
{
    private readonly List<Construct> _children = [];
    private readonly List<string> _duplicateChildIds = [];
    private readonly List<Annotation> _annotations = [];
    private readonly List<IAspect> _aspects = [];
    private readonly List<IAspect> _appliedAspects = [];
    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);

    internal ConstructNode(Construct host, Construct? scope, string id)
    {
        Host = host;
        Scope = scope;
        Id = id.Replace("/", "--", StringComparison.Ordinal); // '/' separates path components, as in constructs.
        scope?.Node.AddChild(host, Id); // host.Node is not assigned yet, hence the id.

        // A construct never moves, so its scopes and path are fixed here; references read them often.
        Scopes = scope is null ? [host] : scope.Node.Scopes.Add(host);
        var parentPath = scope?.Node.Path ?? string.Empty;
        Path = Id.Length == 0 ? parentPath : parentPath.Length == 0 ? Id : parentPath + "/" + Id;
    }

    public Construct Host { get; }

    public Construct? Scope { get; }

    public string Id { get; }

    public IReadOnlyList<Construct> Children => _children;

    /// <summary>The scopes from the root down to this construct, itself included.</summary>
    public ImmutableArray<Construct> Scopes { get; }

    /// <summary>Ids of the scopes joined with '/', empty ids (the root's) left out.</summary>
    public string Path { get; }

    public IReadOnlyList<Annotation> Annotations => _annotations;

    /// <summary>
    /// Facts an app records about a construct for its own tools (as the constructs library's node metadata);
    /// never rendered into the stack JSON.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    internal IReadOnlyList<string> DuplicateChildIds => _duplicateChildIds;

    internal IReadOnlyList<IAspect> Aspects => _aspects;

    /// <summary>This construct and everything below it, depth first in creation order.</summary>
    public IEnumerable<Construct> FindAll()
    {
        yield return Host;
        foreach (var descendant in _children.ToList().SelectMany(child => child.Node.FindAll()))
        {
            yield return descendant;
        }
    }

    public void AddInfo(string message) => _annotations.Add(new Annotation(Path, AnnotationLevel.Info, message));

    public void AddWarning(string message) => _annotations.Add(new Annotation(Path, AnnotationLevel.Warning, message));

    public void AddError(string message) => _annotations.Add(new Annotation(Path, AnnotationLevel.Error, message));

    /// <summary>Records (or replaces) one entry of <see cref="Metadata"/>.</summary>
    public void SetMetadata(string key, string value) => _metadata[key] = value;

    /// <summary>Adds an aspect that visits this construct and all below it in the prepare phase.</summary>
    public void AddAspect(IAspect aspect) => _aspects.Add(aspect);

    // Each aspect visits a construct once, however often the app is synthesized.
    internal bool MarkApplied(IAspect aspect)
    {
        if (_appliedAspects.Contains(aspect))
        {
            return false;
        }

        _appliedAspects.Add(aspect);
        return true;
    }

    private void AddChild(Construct child, string id)
    {
        if (_children.Any(c => c.Node.Id == id))
        {
            _duplicateChildIds.Add(id);
        }

        _children.Add(child);
    }
}
