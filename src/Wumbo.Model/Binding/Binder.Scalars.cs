using System.Globalization;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Shapes;
using Wumbo.Model.Yaml;

namespace Wumbo.Model.Binding;

/// <summary>Scalars: YAML 1.2 core-schema booleans and integers, strings, enums, validated identifiers, and their constraints.</summary>
internal sealed partial class Binder
{
    private bool TryBindScalar(YamlNode node, TypeShape shape, string path, out object? value)
    {
        value = null;
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            ReportWrongType(node, shape, path);
            return false;
        }

        switch (shape)
        {
            case StringShape:
                value = scalar.Value;
                return true;
            case BooleanShape when scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                value = scalar.Value[0] is 't' or 'T';
                return true;
            case IntegerShape when scalar.IsPlain && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case EnumShape choices:
                return TryBindEnum(scalar, choices, path, out value);
            case WireValueShape wire:
                if (wire.Parse(scalar.Value, out var parsed, out var problem))
                {
                    value = parsed;
                    return true;
                }

                diagnostics.Add(wire.InvalidValue.At(scalar.Span, problem, path));
                return false;
            default:
                ReportWrongType(node, shape, path);
                return false;
        }
    }

    private bool TryBindEnum(YamlScalar scalar, EnumShape shape, string path, out object? value)
    {
        var choice = shape.Choices.FirstOrDefault(c => c.WireName == scalar.Value);
        value = choice?.Value;
        if (choice is not null)
        {
            return true;
        }

        var suggestion = Suggestions.Closest(scalar.Value, shape.Choices.Select(c => c.WireName));
        diagnostics.Add(DiagnosticCatalog.InvalidEnumValue.At(
            scalar.Span,
            $"'{scalar.Value}' is not a valid '{LastSegment(path)}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"),
            path,
            hint: shape.Expected));
        return false;
    }

    private bool CheckConstraints(YamlNode node, MemberShape member, string path, object? value)
    {
        if (value is int number && (number < member.Minimum || number > member.Maximum))
        {
            diagnostics.Add(DiagnosticCatalog.OutOfRange.At(
                node.Span,
                string.Create(CultureInfo.InvariantCulture, $"'{member.WireName}' is {number}; it must be between {member.Minimum} and {member.Maximum}"),
                path));
            return false;
        }

        if (value is string text && member.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            diagnostics.Add(DiagnosticCatalog.PatternMismatch.At(
                node.Span, $"'{text}' is not a valid '{member.WireName}'; it must match {pattern}", path, hint: member.Description));
            return false;
        }

        return true;
    }
}
