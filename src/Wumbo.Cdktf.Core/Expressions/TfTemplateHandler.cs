using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// Turns a C# interpolated string into a <see cref="TemplateExpression"/>:
/// <c>Tf.Template($"{prefix}-pg")</c> renders <c>"${local.name_prefix}-pg"</c>.
/// </summary>
[InterpolatedStringHandler]
public ref struct TfTemplateHandler
{
    private readonly ImmutableArray<Expression>.Builder _parts;

    public TfTemplateHandler(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _parts = ImmutableArray.CreateBuilder<Expression>((2 * formattedCount) + 1);
    }

    public readonly void AppendLiteral(string value) => AppendText(value);

    public readonly void AppendFormatted(string? value) => AppendText(value ?? string.Empty);

    public readonly void AppendFormatted(double value) => AppendText(Json.JsNumberFormatter.Format(value));

    public readonly void AppendFormatted<T>(T value)
        where T : ITfValue => _parts.Add(value.Expression);

    internal readonly TfString ToTfString() => _parts switch
    {
        [] => new TfString(new StringLiteral(string.Empty)),
        [StringLiteral text] => new TfString(text),
        [var single] when single is not StringLiteral => new TfString(new TemplateExpression([single])),
        _ => new TfString(new TemplateExpression(_parts.ToImmutable())),
    };

    // Adjacent text merges into one literal so that equal templates have equal parts.
    private readonly void AppendText(string value)
    {
        if (_parts.Count > 0 && _parts[^1] is StringLiteral previous)
        {
            _parts[^1] = new StringLiteral(previous.Value + value);
        }
        else
        {
            _parts.Add(new StringLiteral(value));
        }
    }
}
