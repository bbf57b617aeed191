using Wumbo.Diagnostics;
using Wumbo.Docs.Diagrams;
using Wumbo.Model;
using Wumbo.Model.Domain;
using Wumbo.Testing;

namespace Wumbo.Docs.Tests;

/// <summary>The documents' inputs from the checked-in environment files, built once for every test that reads them.</summary>
internal static class CheckedInDocs
{
    private static readonly Lazy<DocsContext> Shared = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create(EnvironmentLoader.Load(CheckedInEnvironments.Files()).Environments, diagnostics, FixedClock.Today);
        return diagnostics.Count == 0 ? context : throw new InvalidOperationException(string.Join('\n', diagnostics));
    });

    public static DocsContext Context => Shared.Value;

    /// <summary>The environments' names, in the documents' order, for theories.</summary>
    public static TheoryData<string> EnvironmentNames => [.. Context.Environments.Select(e => e.Name)];

    public static EnvironmentModel Environment(string name) => Context.Environments.Single(e => e.Name == name);

    public static string Diagram(string name) => ArchitectureDiagram.Mermaid(Environment(name), Context.Stack(Environment(name)));
}
