using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Wumbo.Docs.Rendering;
using Wumbo.Model.Domain;
using Wumbo.Model.Shapes;

namespace Wumbo.Docs.Documents.Environments;

/// <summary>
/// Flattens an environment model into its settings by walking the same shapes the binder reads the file with, so
/// that a setting added to the model appears without any change here. Values print as YAML writes them (enums by
/// their wire names, <c>null</c>, lists as <c>[a, b]</c>); entries of a list of records are addressed by their
/// <c>id</c> or <c>name</c> (<c>security.secrets[plaid].name</c>), else by position.
/// </summary>
internal static class SettingsFlattener
{
    private const string EnvironmentPlaceholder = "<environment>";
    private static readonly string[] EntryKeys = ["id", "name"];

    public static IReadOnlyList<Setting> Flatten(EnvironmentModel model)
    {
        var settings = new List<Setting>();
        new Walk(model.Name, settings).Visit(ModelShapes.Environment, model, string.Empty);
        return settings;
    }

    private sealed class Walk(string environment, List<Setting> settings)
    {
        private readonly Regex _ownName = OwnName(environment);

        public void Visit(TypeShape shape, object? value, string path)
        {
            switch (shape)
            {
                case RecordShape record when value is not null:
                    foreach (var (member, memberValue) in Members(record, value))
                    {
                        Visit(member.Shape, memberValue, Child(path, member.WireName));
                    }

                    break;
                case UnionShape union when value is not null:
                    var chosen = union.Cases.Single(c => c.Shape.Type == value.GetType());
                    Visit(chosen.Shape, value, Child(path, chosen.WireName));
                    break;
                case ListShape { Element: RecordShape entry } when value is IEnumerable entries && entries.Cast<object>().Any():
                    var position = 0;
                    foreach (var item in entries)
                    {
                        Visit(entry, item, path + "[" + (EntryKey(entry, item) ?? position.ToString(CultureInfo.InvariantCulture)) + "]");
                        position++;
                    }

                    break;
                case StringMapShape when value is IEnumerable<KeyValuePair<string, string>> map && map.Any():
                    foreach (var (key, text) in map)
                    {
                        Visit(new StringShape(), text, Child(path, key));
                    }

                    break;
                default:
                    Add(path, shape, value);
                    break;
            }
        }

        private void Add(string path, TypeShape shape, object? value)
        {
            var text = Text(shape, value);
            var isText = shape is StringShape or WireValueShape or ListShape { Element: StringShape or WireValueShape };
            settings.Add(new Setting(path, text, isText ? _ownName.Replace(text, EnvironmentPlaceholder) : text));
        }
    }

    private static IEnumerable<(MemberShape Member, object? Value)> Members(RecordShape record, object value) =>
        record.Members.Select(member => (member, member.Read(value)));

    private static string? EntryKey(RecordShape entry, object item) =>
        EntryKeys
            .Select(key => Members(entry, item).FirstOrDefault(m => m.Member.WireName == key && m.Member.Shape is StringShape).Value as string)
            .FirstOrDefault(key => key is not null);

    private static string Text(TypeShape shape, object? value) => (shape, value) switch
    {
        (_, null) => "null",
        (StringShape, string text) => text,
        (IntegerShape, int number) => number.ToString(CultureInfo.InvariantCulture),
        (BooleanShape, bool flag) => flag ? "true" : "false",
        (EnumShape, Enum choice) => choice.WireName(),
        (WireValueShape wire, _) => wire.Format(value),
        (ListShape list, IEnumerable items) => "[" + string.Join(", ", items.Cast<object>().Select(item => Text(list.Element, item))) + "]",
        (StringMapShape, _) => "{}",
        _ => throw new InvalidOperationException($"no text for a {shape.GetType().Name} holding {value.GetType().Name}"),
    };

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    // The name as a whole word (between non-alphanumerics), so development/wumbo/plaid matches and "developer" would not.
    private static Regex OwnName(string environment) =>
        new($"(?<![A-Za-z0-9]){Regex.Escape(environment)}(?![A-Za-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
