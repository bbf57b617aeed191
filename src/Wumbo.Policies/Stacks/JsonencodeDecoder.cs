using System.Globalization;
using System.Text;
using Wumbo.Cdktf.Json;

namespace Wumbo.Policies.Stacks;

/// <summary>
/// Reads the value inside <c>"${jsonencode(…)}"</c>, as synthesis writes IAM policies and container definitions,
/// back into JSON, so that rules see the document Terraform will send. Objects, lists, strings (escapes decoded,
/// interpolations kept as <c>${…}</c> text), numbers and literals are read; any other expression (a reference,
/// a function call) becomes the string <c>"${expression}"</c>, an unknown value as in the rest of the stack.
/// </summary>
public static class JsonencodeDecoder
{
    private const string Prefix = "${jsonencode(";
    private const string Suffix = ")}";

    /// <summary>The decoded document, or the value itself when it is not a <c>jsonencode</c> of one expression.</summary>
    public static JsonValue Decode(JsonValue value)
    {
        if (value is not JsonString { Value: var text } || !text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return value;
        }

        var reader = new Reader(text[Prefix.Length..^Suffix.Length]);
        var decoded = reader.ReadValue();
        return reader.AtEnd ? decoded : value;
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public bool AtEnd
        {
            get
            {
                SkipSpace();
                return _position == text.Length;
            }
        }

        public JsonValue ReadValue()
        {
            SkipSpace();
            if (_position >= text.Length)
            {
                return JsonValue.Null;
            }

            return text[_position] switch
            {
                '{' => ReadObject(),
                '[' => ReadList(),
                '"' => new JsonString(ReadString()),
                _ => ReadBare(),
            };
        }

        private JsonObject ReadObject()
        {
            _position++;
            var members = new List<(string, JsonValue?)>();
            while (!TryConsume('}'))
            {
                SkipSpace();
                var key = Peek() == '"' ? ReadString() : ReadUntilAny("=").Trim();
                if (!TryConsume('='))
                {
                    return JsonObject.Of([.. members]);
                }

                members.Add((key, ReadValue()));
                _ = TryConsume(',');
            }

            return JsonObject.Of([.. members]);
        }

        private JsonArray ReadList()
        {
            _position++;
            var items = new List<JsonValue>();
            while (!TryConsume(']') && _position < text.Length)
            {
                items.Add(ReadValue());
                _ = TryConsume(',');
            }

            return new JsonArray([.. items]);
        }

        // A quoted HCL string: escapes decoded; template sequences (${…}, $${) kept as Terraform JSON writes them.
        private string ReadString()
        {
            var builder = new StringBuilder();
            _position++;
            while (_position < text.Length && text[_position] != '"')
            {
                var c = text[_position];
                if (c == '$' && Next(1) == '{')
                {
                    builder.Append(ReadInterpolation());
                    continue;
                }

                _position++;
                if (c != '\\' || _position >= text.Length)
                {
                    builder.Append(c);
                    continue;
                }

                var escaped = text[_position++];
                builder.Append(escaped switch
                {
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    'u' when _position + 4 <= text.Length => ((char)int.Parse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                    _ => escaped.ToString(),
                });
                if (escaped == 'u')
                {
                    _position += 4;
                }
            }

            _position++;
            return builder.ToString();
        }

        private string ReadInterpolation()
        {
            var start = _position;
            _position += 2;
            SkipBalanced('}');
            _position++;
            return text[start.._position];
        }

        private JsonValue ReadBare()
        {
            var token = ReadUntilAny(",]}").Trim();
            return token switch
            {
                "true" => new JsonBool(true),
                "false" => new JsonBool(false),
                "null" => JsonValue.Null,
                _ when double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new JsonNumber(number),
                _ => new JsonString("${" + token + "}"),
            };
        }

        // Up to the first of the stop characters outside brackets and strings.
        private string ReadUntilAny(string stops)
        {
            var start = _position;
            while (_position < text.Length && !stops.Contains(text[_position], StringComparison.Ordinal))
            {
                SkipOne();
            }

            return text[start.._position];
        }

        private void SkipBalanced(char close)
        {
            while (_position < text.Length && text[_position] != close)
            {
                SkipOne();
            }
        }

        private void SkipOne()
        {
            var c = text[_position];
            if (c == '"')
            {
                _ = ReadString();
                return;
            }

            _position++;
            switch (c)
            {
                case '(':
                    SkipBalanced(')');
                    _position++;
                    break;
                case '[':
                    SkipBalanced(']');
                    _position++;
                    break;
                case '{':
                    SkipBalanced('}');
                    _position++;
                    break;
            }
        }

        private bool TryConsume(char expected)
        {
            SkipSpace();
            if (Peek() != expected)
            {
                return false;
            }

            _position++;
            return true;
        }

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private char Next(int offset) => _position + offset < text.Length ? text[_position + offset] : '\0';

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }
}
