using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wumbo.Docs.Diagrams;

/// <summary>
/// Writes a Mermaid <c>flowchart</c> that GitHub renders: nodes and subgraphs in the order they are added (nested
/// with <see cref="Subgraph"/>), then the edges. Ids are checked rather than escaped, because a misread id changes
/// the diagram silently: lower-case letters, digits and underscores, no Mermaid keyword between underscores, each
/// declared once, and every edge between declared ids. Labels are always quoted, with the characters Mermaid reads
/// as syntax written as its entity codes. The text uses <c>\n</c> and ends with one.
/// </summary>
internal sealed partial class MermaidFlowchart
{
    private const string Indent = "    ";

    // Words the flowchart grammar reads as keywords; older renderers also misread them as a part of an id (node_end).
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "end", "graph", "flowchart", "subgraph", "direction", "style", "class", "click", "default", "call", "href",
    };

    private readonly StringBuilder _body = new();
    private readonly List<(string From, string To, string Text)> _edges = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _depth = 1;

    // Left to right: the request path reads from the users on the left to the data on the right.
    public MermaidFlowchart() => _body.Append("flowchart LR\n");

    public void Node(string id, NodeShape shape, params IEnumerable<string> lines)
    {
        Declare(id);
        var (open, close) = shape switch
        {
            NodeShape.Box => ("[", "]"),
            NodeShape.Circle => ("((", "))"),
            NodeShape.Cylinder => ("[(", ")]"),
            NodeShape.Hexagon => ("{{", "}}"),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "not a node shape"),
        };
        Line(id + open + Label(lines) + close);
    }

    /// <summary>Opens a subgraph; what is added until the returned scope is disposed goes inside it.</summary>
    public IDisposable Subgraph(string id, params IEnumerable<string> title)
    {
        Declare(id);
        Line("subgraph " + id + "[" + Label(title) + "]");
        _depth++;
        return new SubgraphScope(this);
    }

    /// <summary>An edge between declared nodes or subgraphs; they may be declared after it, before <see cref="Render"/>.</summary>
    public void Edge(string from, string to, EdgeStyle style = EdgeStyle.Solid, string? label = null)
    {
        var arrow = style switch
        {
            EdgeStyle.Solid => "-->",
            EdgeStyle.Dotted => "-.->",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "not an edge style"),
        };
        _edges.Add((from, to, from + " " + arrow + (label is null ? string.Empty : "|" + Label([label]) + "|") + " " + to));
    }

    public string Render()
    {
        if (_depth != 1)
        {
            throw new InvalidOperationException("a subgraph is still open");
        }

        var text = new StringBuilder().Append(_body);
        foreach (var (from, to, edge) in _edges)
        {
            var undeclared = new[] { from, to }.FirstOrDefault(id => !_ids.Contains(id));
            if (undeclared is not null)
            {
                throw new InvalidOperationException($"the edge '{edge}' names '{undeclared}', which is not declared: Mermaid would draw a new, empty node");
            }

            text.Append(Indent).Append(edge).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A quoted label, its lines joined by <c>&lt;br&gt;</c>. Written as entity codes (<c>#34;</c>): a quote, which would
    /// end the label; <c>#</c>, which starts an entity code; <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, which would be read
    /// as HTML; a backtick, which turns on Markdown; <c>|</c>, which ends an edge label; control characters.
    /// </summary>
    internal static string Label(IEnumerable<string> lines) =>
        "\"" + string.Join("<br>", lines.Select(Escape)) + "\"";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '"' or '#' or '<' or '>' or '&' or '`' or '|' || char.IsControl(c))
            {
                escaped.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private void Declare(string id)
    {
        if (!SafeId().IsMatch(id) || id.Split('_').Any(Keywords.Contains))
        {
            throw new ArgumentException($"'{id}' is not a safe Mermaid id: use lower-case letters, digits and underscores, starting with a letter, and no keyword between underscores", nameof(id));
        }

        if (!_ids.Add(id))
        {
            throw new ArgumentException($"the id '{id}' is declared twice", nameof(id));
        }
    }

    private void Line(string text)
    {
        for (var i = 0; i < _depth; i++)
        {
            _body.Append(Indent);
        }

        _body.Append(text).Append('\n');
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SafeId();

    private sealed class SubgraphScope(MermaidFlowchart chart) : IDisposable
    {
        private bool _closed;

        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                chart._depth--;
                chart.Line("end");
            }
        }
    }
}

internal enum NodeShape
{
    Box,
    Circle,
    Cylinder,
    Hexagon,
}

internal enum EdgeStyle
{
    Solid,
    Dotted,
}
