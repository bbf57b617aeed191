using System.Text.RegularExpressions;
using Wumbo.Testing;
using YamlDotNet.RepresentationModel;

namespace Wumbo.Cdktf.Tests.Delivery;

/// <summary>
/// <c>.github/workflows/infrastructure.yml</c>, parsed: its triggers, jobs and steps, read the way GitHub reads
/// them, so the tests can check it against the repository and the model without running it.
/// </summary>
internal sealed partial class Workflow
{
    public const string RelativePath = ".github/workflows/infrastructure.yml";

    private Workflow(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
    }

    public static Workflow Infrastructure { get; } = Load(Path.Combine(RepositoryPaths.Root, RelativePath));

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Triggers => Mapping(Root, "on");

    public IEnumerable<(string Id, YamlMappingNode Job)> Jobs =>
        Mapping(Root, "jobs").Children.Select(job => (((YamlScalarNode)job.Key).Value!, (YamlMappingNode)job.Value));

    public YamlMappingNode Job(string id) => Mapping(Mapping(Root, "jobs"), id);

    public IEnumerable<YamlMappingNode> Steps => Jobs.SelectMany(job => StepsOf(job.Job));

    /// <summary>Every shell script the steps run.</summary>
    public IEnumerable<string> Scripts => Steps.Select(step => Scalar(step, "run")).OfType<string>();

    /// <summary>Every string a step passes to an action (<c>with:</c>).</summary>
    public IEnumerable<string> ActionInputs => Steps
        .Select(step => step.Children.TryGetValue("with", out var with) ? (YamlMappingNode)with : null)
        .OfType<YamlMappingNode>()
        .SelectMany(with => with.Children.Values.OfType<YamlScalarNode>().Select(value => value.Value ?? string.Empty));

    public static IEnumerable<YamlMappingNode> StepsOf(YamlMappingNode job) =>
        job.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    public static YamlMappingNode Mapping(YamlMappingNode parent, string key) => (YamlMappingNode)parent.Children[key];

    public static string? Scalar(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;

    public static IReadOnlyList<string> Strings(YamlMappingNode parent, string key) =>
        [.. ((YamlSequenceNode)parent.Children[key]).Children.Cast<YamlScalarNode>().Select(node => node.Value!)];

    /// <summary>The <c>uses:</c> lines as written, with their trailing comments (which the YAML reader drops).</summary>
    public IEnumerable<string> UsesLines => UsesLine().Matches(Text).Select(match => match.Groups["value"].Value);

    private static Workflow Load(string path)
    {
        var text = File.ReadAllText(path);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow(text, (YamlMappingNode)stream.Documents.Single().RootNode);
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex UsesLine();
}
