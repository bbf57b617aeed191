using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Diagrams;

/// <summary>The Mermaid architecture diagram of one environment, drawn from its model and its synthesized stack.</summary>
public static class ArchitectureDiagram
{
    /// <summary>The diagram's Mermaid source (without the surrounding code fence).</summary>
    public static string Mermaid(EnvironmentModel environment, StackFacts stack)
    {
        // Placeholder until the diagram is drawn; the shape of the API is what the documents use.
        _ = stack;
        return "flowchart TB\n    vpc[\"VPC " + environment.Network.VpcCidr.Value + "\"]\n";
    }
}
