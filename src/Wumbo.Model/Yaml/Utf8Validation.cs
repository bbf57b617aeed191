using System.Buffers;
using System.Text;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Yaml;

/// <summary>Decodes strict UTF-8 and, on failure, reports the line and column of the first bad byte.</summary>
internal static class Utf8Validation
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(string path, ReadOnlySpan<byte> bytes, out string text, out Diagnostic? problem)
    {
        // A BOM is legal UTF-8 and editors on Windows write one; it is not part of the document.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = Strict.GetString(bytes);
            problem = null;
            return true;
        }

        var offset = FirstInvalidOffset(bytes);
        var (line, column) = Position(bytes[..offset]);
        text = string.Empty;
        problem = DiagnosticCatalog.InvalidUtf8.At(
            SourceSpan.At(path, line, column),
            $"byte 0x{bytes[offset]:X2} at offset {offset} is not valid UTF-8",
            hint: "save the file as UTF-8");
        return false;
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length - 1;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, as editors do: the valid UTF-8 before the bad byte decodes cleanly.
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
