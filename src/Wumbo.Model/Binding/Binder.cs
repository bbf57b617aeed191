using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Shapes;
using Wumbo.Model.Yaml;

namespace Wumbo.Model.Binding;

/// <summary>
/// Turns a YAML tree into domain records through their <see cref="TypeShape"/>s, reporting every problem
/// (not just the first) and recording where each model path was written. A value that fails to bind
/// makes its parent fail too, but its siblings are still checked.
/// </summary>
internal sealed partial class Binder(string file, ICollection<Diagnostic> diagnostics)
{
    private readonly ImmutableDictionary<string, SourceSpan>.Builder _spans = ImmutableDictionary.CreateBuilder<string, SourceSpan>(StringComparer.Ordinal);

    public SourceMap Sources => new(file, _spans.ToImmutable());

    /// <summary>Binds <paramref name="root"/> as <paramref name="shape"/>; null when anything failed.</summary>
    public object? BindRoot(YamlNode root, RecordShape shape)
    {
        _spans[string.Empty] = root.Span;
        return TryBind(root, shape, string.Empty, out var value) ? value : null;
    }

    private bool TryBind(YamlNode node, TypeShape shape, string path, out object? value)
    {
        value = null;
        return shape switch
        {
            RecordShape record => TryBindRecord(node, record, path, out value),
            UnionShape union => TryBindUnion(node, union, path, out value),
            ListShape list => TryBindList(node, list, path, out value),
            StringMapShape => TryBindStringMap(node, path, out value),
            _ => TryBindScalar(node, shape, path, out value),
        };
    }

    private bool TryBindRecord(YamlNode node, RecordShape shape, string path, out object? value)
    {
        value = null;
        if (!ExpectMapping(node, shape, path, out var mapping))
        {
            return false;
        }

        var arguments = new object?[shape.Members.Length];
        var ok = true;
        var given = new bool[shape.Members.Length];
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var index = IndexOf(shape, entry.Key.Value);
            if (index < 0)
            {
                if (ReportUnknownKey(entry.Key, shape.Members.Select(m => m.WireName), path) is { } suggestion)
                {
                    suggested.Add(suggestion);
                }

                ok = false;
                continue;
            }

            given[index] = true;
            ok &= TryBindMember(entry, shape.Members[index], Join(path, entry.Key.Value), out arguments[index]);
        }

        for (var i = 0; i < shape.Members.Length; i++)
        {
            var member = shape.Members[i];
            if (!given[i] && member.IsRequired && !suggested.Contains(member.WireName))
            {
                // A misspelt key whose did-you-mean names this member has been reported already.
                diagnostics.Add(DiagnosticCatalog.MissingValue.At(
                    _spans[path],
                    $"'{member.WireName}' is required{In(path)}",
                    Join(path, member.WireName),
                    hint: member.Description is null ? member.Shape.Expected : $"{member.Shape.Expected}: {member.Description}"));
                ok = false;
            }
            else if (!given[i])
            {
                arguments[i] = Default(member);
            }
        }

        if (ok)
        {
            value = shape.Create(arguments);
        }

        return ok;
    }

    private bool TryBindMember(YamlEntry entry, MemberShape member, string path, out object? value)
    {
        // A scalar is pinned at its value, a block at its key: that is where a reader looks for either.
        _spans[path] = entry.Value is YamlScalar ? entry.Value.Span : entry.Key.Span;
        if (entry.Value is YamlScalar { IsNull: true })
        {
            value = Default(member);
            if (member.IsRequired)
            {
                diagnostics.Add(DiagnosticCatalog.MissingValue.At(
                    entry.Value.Span, $"'{member.WireName}' is required but is null", path, hint: member.Shape.Expected));
                return false;
            }

            return true;
        }

        return TryBind(entry.Value, member.Shape, path, out value) && CheckConstraints(entry.Value, member, path, value);
    }

    private static int IndexOf(RecordShape shape, string wireName)
    {
        for (var i = 0; i < shape.Members.Length; i++)
        {
            if (shape.Members[i].WireName == wireName)
            {
                return i;
            }
        }

        return -1;
    }

    private static object? Default(MemberShape member) => member.Shape switch
    {
        ListShape list => list.Create([]),
        StringMapShape => ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        _ => null,
    };

    private bool TryBindUnion(YamlNode node, UnionShape shape, string path, out object? value)
    {
        value = null;
        if (!ExpectMapping(node, shape, path, out var mapping))
        {
            return false;
        }

        if (mapping.Entries.Length != 1)
        {
            diagnostics.Add(DiagnosticCatalog.UnionChoice.At(
                _spans[path],
                $"'{LastSegment(path)}' needs exactly one of {string.Join(", ", shape.Cases.Select(c => c.WireName))}; found {mapping.Entries.Length}",
                path));
            return false;
        }

        var entry = mapping.Entries[0];
        var chosen = shape.Cases.FirstOrDefault(c => c.WireName == entry.Key.Value);
        if (chosen is null)
        {
            _ = ReportUnknownKey(entry.Key, shape.Cases.Select(c => c.WireName), path);
            return false;
        }

        var casePath = Join(path, entry.Key.Value);
        _spans[casePath] = entry.Key.Span;
        return TryBindRecord(entry.Value is YamlScalar { IsNull: true } ? EmptyMappingAt(entry.Value) : entry.Value, chosen.Shape, casePath, out value);
    }

    private static YamlMapping EmptyMappingAt(YamlNode node) => new(node.Span, []);

    private bool TryBindList(YamlNode node, ListShape shape, string path, out object? value)
    {
        value = null;
        if (node is not YamlSequence sequence)
        {
            ReportWrongType(node, shape, path);
            return false;
        }

        var items = new List<object>(sequence.Items.Length);
        var ok = true;
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var item = sequence.Items[i];
            _spans[itemPath] = item.Span;
            if (TryBind(item, shape.Element, itemPath, out var bound) && bound is not null)
            {
                items.Add(bound);
            }
            else
            {
                if (item is YamlScalar { IsNull: true })
                {
                    ReportWrongType(item, shape.Element, itemPath);
                }

                ok = false;
            }
        }

        value = ok ? shape.Create(items) : null;
        return ok;
    }

    private bool TryBindStringMap(YamlNode node, string path, out object? value)
    {
        value = null;
        if (!ExpectMapping(node, new StringMapShape(), path, out var mapping))
        {
            return false;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var entryPath = Join(path, entry.Key.Value);
            _spans[entryPath] = entry.Value.Span;
            if (entry.Value is YamlScalar { IsNull: false } scalar)
            {
                builder[entry.Key.Value] = scalar.Value;
            }
            else
            {
                ReportWrongType(entry.Value, new StringShape(), entryPath);
                ok = false;
            }
        }

        value = ok ? builder.ToImmutable() : null;
        return ok;
    }

    private bool ExpectMapping(YamlNode node, TypeShape shape, string path, out YamlMapping mapping)
    {
        if (node is YamlMapping found)
        {
            mapping = found;
            return true;
        }

        mapping = EmptyMappingAt(node);
        ReportWrongType(node, shape, path);
        return false;
    }

    /// <summary>Reports an unknown key; returns the known key it suggests instead, if any.</summary>
    private string? ReportUnknownKey(YamlScalar key, IEnumerable<string> known, string path)
    {
        var candidates = known.ToList();
        var suggestion = Suggestions.Closest(key.Value, candidates);
        diagnostics.Add(DiagnosticCatalog.UnknownKey.At(
            key.Span,
            $"unknown key '{key.Value}'{In(path)}" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"),
            Join(path, key.Value),
            hint: "known keys: " + string.Join(", ", candidates)));
        return suggestion;
    }

    private void ReportWrongType(YamlNode node, TypeShape expected, string path) =>
        diagnostics.Add(DiagnosticCatalog.WrongType.At(
            node.Span, $"'{LastSegment(path)}' must be {expected.Expected}, not {node.KindDescription}", path));

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string In(string path) => path.Length == 0 ? string.Empty : $" in '{path}'";

    private static string LastSegment(string path)
    {
        var cut = path.LastIndexOf('.');
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
