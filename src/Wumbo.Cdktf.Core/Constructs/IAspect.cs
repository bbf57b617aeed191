namespace Wumbo.Cdktf.Constructs;

/// <summary>A cross-cutting pass (tags, naming) that visits constructs in the prepare phase, before anything is rendered.</summary>
public interface IAspect
{
    void Visit(Construct construct);
}
