namespace Wumbo.Preview.Resources;

/// <summary>
/// One changed value of a resource, at its path (<c>instance_class</c>, <c>ingress[0].from_port</c>,
/// <c>tags.Name</c>), as <see cref="ArgumentFlattener"/> shows it; null on the side where the path is absent.
/// </summary>
public sealed record ArgumentChange(string Path, string? Before, string? After)
{
    /// <summary>The top-level argument the path belongs to, which the provider's force-new rules name.</summary>
    public string Argument => Path[..EndOfFirstSegment()];

    private int EndOfFirstSegment()
    {
        var end = Path.IndexOfAny(['.', '[']);
        return end < 0 ? Path.Length : end;
    }
}
