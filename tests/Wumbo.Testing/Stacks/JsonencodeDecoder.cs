using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wumbo.Testing.Stacks;

/// <summary>
/// Reads back the argument of a synthesized <c>"${jsonencode(...)}"</c> value (container definitions, IAM
/// policies) as JSON, so that tests can state facts about it. It reads the HCL the synthesizer writes there:
/// objects <c>{"k" = v, ...}</c>, lists, quoted strings, numbers, bools, null; a bare expression such as
/// <c>aws_db_instance.db.address</c> becomes the string <c>"${aws_db_instance.db.address}"</c>, and template
/// strings keep their <c>${...}</c> parts as text.
/// </summary>
public static class JsonencodeDecoder
{
    private const string Prefix = "${jsonencode(";
    private const string Suffix = ")}";

    public static JsonElement Decode(string value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal) || !value.EndsWith(Suffix, StringComparison.Ordinal))
        {
            throw new CheckFailedException($"not a jsonencode(...) value: {value}");
        }

        var reader = new Reader(value[Prefix.Length..^Suffix.Length]);
        var node = reader.ReadValue();
        reader.ExpectEnd();
        return JsonSerializer.SerializeToElement(node);
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public JsonNode? ReadValue()
        {
            SkipSpace();
            return Peek() switch
            {
                '{' => ReadObject(),
                '[' => ReadArray(),
                '"' => JsonValue.Create(ReadString()),
                _ => ReadBare(),
            };
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (_position != text.Length)
            {
                throw Error("unexpected text after the value");
            }
        }

        private JsonObject ReadObject()
        {
            var result = new JsonObject();
            _position++;
            while (true)
            {
                SkipSpace();
                if (Peek() == '}')
                {
                    _position++;
                    return result;
                }

                var key = ReadString();
                SkipSpace();
                Expect('=');
                result[key] = ReadValue();
                SkipSeparator('}');
            }
        }

        private JsonArray ReadArray()
        {
            var result = new JsonArray();
            _position++;
            while (true)
            {
                SkipSpace();
                if (Peek() == ']')
                {
                    _position++;
                    return result;
                }

                result.Add(ReadValue());
                SkipSeparator(']');
            }
        }

        private string ReadString()
        {
            Expect('"');
            var builder = new StringBuilder();
            while (Peek() != '"')
            {
                var c = text[_position++];
                if (c == '\\')
                {
                    var escaped = text[_position++];
                    if (escaped == 'u')
                    {
                        builder.Append((char)int.Parse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _position += 4;
                    }
                    else
                    {
                        builder.Append(escaped switch
                        {
                            'n' => '\n',
                            'r' => '\r',
                            't' => '\t',
                            _ => escaped,
                        });
                    }
                }
                else if (c == '$' && Peek() == '{')
                {
                    builder.Append(c).Append(ReadBalanced());
                }
                else
                {
                    builder.Append(c);
                }
            }

            _position++;
            return builder.ToString();
        }

        // true, false, null, a number, or an expression up to the next separator at this depth.
        private JsonValue? ReadBare()
        {
            var start = _position;
            var depth = 0;
            while (_position < text.Length && !(depth == 0 && text[_position] is ',' or '}' or ']'))
            {
                depth += text[_position] switch
                {
                    '(' or '[' or '{' => 1,
                    ')' or ']' or '}' => -1,
                    _ => 0,
                };
                _position++;
            }

            var token = text[start.._position].Trim();
            return token switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                "null" => null,
                "" => throw Error("a value is missing"),
                _ when double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                _ => JsonValue.Create("${" + token + "}"),
            };
        }

        // The "{...}" of an interpolation inside a string, nested braces included.
        private string ReadBalanced()
        {
            var start = _position;
            var depth = 0;
            do
            {
                depth += text[_position] switch
                {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                _position++;
            }
            while (depth > 0);
            return text[start.._position];
        }

        private void SkipSeparator(char close)
        {
            SkipSpace();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != close)
            {
                throw Error($"expected ',' or '{close}'");
            }
        }

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        private char Peek() => _position < text.Length ? text[_position] : throw Error("unexpected end");

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error($"expected '{c}'");
            }

            _position++;
        }

        private CheckFailedException Error(string problem) =>
            new($"jsonencode argument, at {_position}: {problem}: {text[.._position]}<here>{text[_position..]}");
    }
}
