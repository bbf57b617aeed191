using System.Globalization;
using System.Text;

namespace Wumbo.Cdktf.Json;

/// <summary>
/// Writes JSON byte for byte as cdktf does (<c>json-stable-stringify</c> with two spaces, CONTRACT §2.1):
/// ordinal keys, <c>": "</c>, empty containers over two lines, <c>\n</c>, no final newline,
/// <c>JSON.stringify</c> escaping and JavaScript number formatting.
/// </summary>
public static class TerraformJsonWriter
{
    public static string Write(JsonValue value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value, 0);
        return builder.ToString();
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        WriteString(builder, value);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, JsonValue value, int level)
    {
        switch (value)
        {
            case JsonNull:
                builder.Append("null");
                break;
            case JsonBool b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case JsonNumber n:
                builder.Append(JsNumberFormatter.Format(n.Value));
                break;
            case JsonString s:
                WriteString(builder, s.Value);
                break;
            case JsonArray a:
                WriteContainer(builder, '[', ']', level, a.Items, static (b, item, l) => WriteValue(b, item, l));
                break;
            case JsonObject o:
                WriteContainer(builder, '{', '}', level, o.Members, static (b, member, l) =>
                {
                    WriteString(b, member.Key);
                    b.Append(": ");
                    WriteValue(b, member.Value, l);
                });
                break;
        }
    }

    private static void WriteContainer<T>(
        StringBuilder builder, char open, char close, int level, IEnumerable<T> items, Action<StringBuilder, T, int> writeItem)
    {
        builder.Append(open);
        var first = true;
        foreach (var item in items)
        {
            builder.Append(first ? "\n" : ",\n").Append(' ', 2 * (level + 1));
            writeItem(builder, item, level + 1);
            first = false;
        }

        builder.Append('\n').Append(' ', 2 * level).Append(close);
    }

    // JSON.stringify escapes only '"', '\', control characters and (well-formed JSON.stringify) lone surrogates.
    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
