namespace Wumbo.Docs.Tests.Diagrams;

/// <summary>
/// The tests that start the real renderer: each render launches a Chromium, so they run one at a time rather than
/// side by side on a two-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MermaidRendering
{
    public const string Name = "Mermaid renderer";
}
