using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wumbo.Model.Yaml;

/// <summary>
/// Reads one environment file into a <see cref="YamlNode"/> tree from YamlDotNet's parser events, so that
/// every node keeps its position and every hostile input (bad UTF-8, huge files, deep nesting, alias bombs,
/// duplicate keys, several documents, custom tags) becomes a diagnostic instead of an exception.
/// </summary>
public static class YamlReader
{
    public static YamlReadResult Read(SourceFile file, YamlLimits limits)
    {
        var diagnostics = new List<Diagnostic>();
        if (file.Content.Length > limits.MaxBytes)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge.At(
                SourceSpan.StartOf(file.Path),
                $"the file has {file.Content.Length} bytes; at most {limits.MaxBytes} are read"));
            return new YamlReadResult(null, diagnostics);
        }

        if (!Utf8Validation.TryDecode(file.Path, file.Content.Span, out var text, out var encodingProblem))
        {
            diagnostics.Add(encodingProblem!);
            return new YamlReadResult(null, diagnostics);
        }

        var builder = new TreeBuilder(file.Path, limits, diagnostics);
        try
        {
            var root = builder.ReadStream(new Parser(new StringReader(text)));
            if (root is null && diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticCatalog.EmptyFile.At(
                    SourceSpan.StartOf(file.Path),
                    "the file holds no YAML document",
                    hint: "an environment file is a mapping with the keys environment, dns, network, ..."));
            }

            // Duplicate keys, tags and extra documents leave a usable tree, so binding still reports the rest.
            return new YamlReadResult(root, diagnostics);
        }
        catch (YamlException e) when (e.Message.Contains(" tab ", StringComparison.Ordinal) && TabIndentation.First(text) is { } tab)
        {
            diagnostics.Add(DiagnosticCatalog.YamlSyntax.At(
                SourceSpan.At(file.Path, tab.Line, tab.Column),
                SyntaxMessage(e),
                hint: "indent with spaces; YAML does not allow tabs for indentation"));
            return new YamlReadResult(null, diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticCatalog.YamlSyntax.At(Span(file.Path, e.Start, e.End), SyntaxMessage(e)));
            return new YamlReadResult(null, diagnostics);
        }
        catch (LimitExceededException)
        {
            // The builder has recorded the limit that was hit; nothing more is read from this file.
            return new YamlReadResult(null, diagnostics);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these, without a position, on some malformed input such as an
            // unclosed '[' (found by RobustnessTests); the input is wrong, not the program.
            diagnostics.Add(builder.UnclosedFlowCollection() is { } open
                ? DiagnosticCatalog.YamlSyntax.At(open.Span, $"the '{open.Bracket}' opened here is never closed", hint: $"add the closing '{(open.Bracket == '[' ? ']' : '}')}'")
                : DiagnosticCatalog.YamlSyntax.At(
                    SourceSpan.At(file.Path, builder.LastLine, builder.LastColumn),
                    "the YAML cannot be read past this point",
                    hint: "check the quoting and indentation of the lines that follow"));
            return new YamlReadResult(null, diagnostics);
        }
    }

    internal static SourceSpan Span(string path, Mark start, Mark end) =>
        new(path, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);

    // YamlDotNet prefixes its messages with the position, which the diagnostic prints already.
    private static string SyntaxMessage(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }

    /// <summary>Thrown inside the builder to stop reading once a bound is exceeded; never leaves this class.</summary>
    private sealed class LimitExceededException : Exception;

    private sealed class TreeBuilder(string path, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        private readonly Dictionary<string, (YamlNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<(SourceSpan Span, char Bracket)> _openFlowCollections = new();
        private long _expandedNodes;

        /// <summary>Where the last node read started: the best position for an error the parser could not place.</summary>
        public int LastLine { get; private set; } = 1;

        public int LastColumn { get; private set; } = 1;

        /// <summary>The innermost flow collection ('[' or '{') still open when reading stopped.</summary>
        public (SourceSpan Span, char Bracket)? UnclosedFlowCollection() =>
            _openFlowCollections.Count > 0 ? _openFlowCollections.Peek() : null;

        public YamlNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var documentStart))
            {
                documents++;
                if (documents == 2)
                {
                    diagnostics.Add(DiagnosticCatalog.MultipleDocuments.At(
                        Span(path, documentStart.Start, documentStart.End),
                        "the file holds more than one YAML document; an environment file is exactly one",
                        hint: "remove the '---' separator and what follows it, or move it to its own file"));
                }

                var node = ReadNode(parser, depth: 1).Node;
                root ??= node;
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
            return root is YamlScalar { IsNull: true } ? null : root;
        }

        private (YamlNode Node, long Size) ReadNode(IParser parser, int depth)
        {
            if (depth > limits.MaxDepth)
            {
                Stop(DiagnosticCatalog.NestingTooDeep, parser.Current!, $"values are nested more than {limits.MaxDepth} levels deep");
            }

            var current = parser.Current!;
            (LastLine, LastColumn) = ((int)current.Start.Line, (int)current.Start.Column);
            (YamlNode Node, long Size) result = current switch
            {
                AnchorAlias alias => ReadAlias(parser, alias),
                Scalar scalar => ReadScalar(parser, scalar),
                SequenceStart start => ReadSequence(parser, start, depth),
                MappingStart start => ReadMapping(parser, start, depth),
                _ => throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}"),
            };

            // A node counts once; an alias counts every node it stands for, so "a billion laughs" stops early.
            _expandedNodes += current is AnchorAlias ? result.Size : 1;
            if (_expandedNodes > limits.MaxExpandedNodes)
            {
                Stop(DiagnosticCatalog.AliasExpansionTooLarge, current, $"the document expands to more than {limits.MaxExpandedNodes} values");
            }

            return result;
        }

        private (YamlNode, long) ReadAlias(IParser parser, AnchorAlias alias)
        {
            parser.MoveNext();
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor defined before it");
            }

            return anchored;
        }

        private (YamlNode, long) ReadScalar(IParser parser, Scalar scalar)
        {
            parser.MoveNext();
            CheckTag(scalar, scalar.Tag);
            var node = new YamlScalar(Span(path, scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);
            return Anchor(scalar.Anchor, node, 1);
        }

        private (YamlNode, long) ReadSequence(IParser parser, SequenceStart start, int depth)
        {
            parser.MoveNext();
            CheckTag(start, start.Tag);
            OpenFlow(start.Style == SequenceStyle.Flow, start, '[');
            var items = ImmutableArray.CreateBuilder<YamlNode>();
            long size = 1;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var (item, itemSize) = ReadNode(parser, depth + 1);
                items.Add(item);
                size += itemSize;
            }

            CloseFlow(start.Style == SequenceStyle.Flow);

            return Anchor(start.Anchor, new YamlSequence(Span(path, start.Start, start.End), items.ToImmutable()), size);
        }

        private (YamlNode, long) ReadMapping(IParser parser, MappingStart start, int depth)
        {
            parser.MoveNext();
            CheckTag(start, start.Tag);
            OpenFlow(start.Style == MappingStyle.Flow, start, '{');
            var entries = ImmutableArray.CreateBuilder<YamlEntry>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            long size = 1;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                var (key, keySize) = ReadNode(parser, depth + 1);
                var (value, valueSize) = ReadNode(parser, depth + 1);
                size += keySize + valueSize;
                if (key is not YamlScalar scalarKey)
                {
                    diagnostics.Add(DiagnosticCatalog.WrongType.At(
                        Span(path, keyEvent.Start, keyEvent.End), $"a mapping key must be a scalar, not {key.KindDescription}"));
                    continue;
                }

                if (seen.TryGetValue(scalarKey.Value, out var first))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateKey.At(
                        scalarKey.Span,
                        $"the key '{scalarKey.Value}' is already defined at line {first.Span.StartLine}",
                        hint: "YAML keeps only one of them silently; remove or rename one"));
                    continue;
                }

                seen.Add(scalarKey.Value, scalarKey);
                entries.Add(new YamlEntry(scalarKey, value));
            }

            CloseFlow(start.Style == MappingStyle.Flow);

            return Anchor(start.Anchor, new YamlMapping(Span(path, start.Start, start.End), entries.ToImmutable()), size);
        }

        private void OpenFlow(bool isFlow, ParsingEvent start, char bracket)
        {
            if (isFlow)
            {
                _openFlowCollections.Push((Span(path, start.Start, start.End), bracket));
            }
        }

        private void CloseFlow(bool isFlow)
        {
            if (isFlow)
            {
                _openFlowCollections.Pop();
            }
        }

        private (YamlNode, long) Anchor(AnchorName anchor, YamlNode node, long size)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size);
            }

            return (node, size);
        }

        // Only the core schema's own tags are accepted: custom tags would make the model depend on a resolver.
        private void CheckTag(ParsingEvent at, TagName tag)
        {
            if (!tag.IsEmpty && !tag.IsNonSpecific && !tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.UnsupportedTag.At(
                    Span(path, at.Start, at.End), $"the tag '{tag.Value}' is not supported", hint: "remove the tag"));
            }
        }

        private void Stop(DiagnosticDescriptor descriptor, ParsingEvent at, string message)
        {
            diagnostics.Add(descriptor.At(Span(path, at.Start, at.End), message));
            throw new LimitExceededException();
        }
    }
}
