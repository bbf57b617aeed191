using System.Globalization;
using System.Text;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Expressions;

/// <summary>
/// Renders expressions as Terraform JSON values (CONTRACT §4): literals, lists and objects stay JSON;
/// anything else becomes a <c>"${…}"</c> string whose inside is HCL. Literal text is always escaped
/// (<c>${</c> → <c>$${</c>, <c>%{</c> → <c>%%{</c>) because every Terraform JSON string is a template.
/// </summary>
public static class ExpressionRenderer
{
    public static JsonValue ToJson(Expression expression, ResolveContext context) => expression switch
    {
        StringLiteral s => new JsonString(EscapeTemplate(s.Value)),
        NumberLiteral n => new JsonNumber(n.Value),
        BoolLiteral b => new JsonBool(b.Value),
        NullLiteral => JsonValue.Null,
        ListExpression l => new JsonArray([.. l.Items.Select(item => ToJson(item, context))]),
        ObjectExpression o => JsonObject.Of([.. o.Members.Select(m => (m.Key, (JsonValue?)ToJson(m.Value, context)))]),
        TemplateExpression t => new JsonString(RenderTemplateBody(t, context, EscapeTemplate)),
        _ => new JsonString("${" + ToHcl(expression, context) + "}"),
    };

    public static string ToHcl(Expression expression, ResolveContext context) => expression switch
    {
        StringLiteral s => "\"" + EscapeHclString(s.Value) + "\"",
        NumberLiteral n => JsNumberFormatter.Format(n.Value),
        BoolLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        ListExpression l => "[" + string.Join(", ", l.Items.Select(item => ToHcl(item, context))) + "]",
        ObjectExpression o => "{" + string.Join(", ", o.Members.Select(m => "\"" + EscapeHclString(m.Key) + "\" = " + ToHcl(m.Value, context))) + "}",
        ReferenceExpression r => RenderReference(r, context),
        TraversalExpression t => t.Root + RenderPath(t.Path),
        PropertyAccessExpression p => Operand(p.Target, context) + RenderSegment(p.Key),
        FunctionCallExpression f => f.Name + "(" + string.Join(", ", f.Arguments.Select(a => ToHcl(a, context))) + ")",
        TemplateExpression t => "\"" + RenderTemplateBody(t, context, EscapeHclString) + "\"",
        BinaryExpression b => "(" + Operand(b.Left, context) + " " + b.Operator + " " + Operand(b.Right, context) + ")",
        UnaryExpression u => u.Operator + Operand(u.Operand, context),
        ConditionalExpression c => Operand(c.Condition, context) + " ? " + Operand(c.WhenTrue, context) + " : " + Operand(c.WhenFalse, context),
        ForExpression f => "[ for " + f.KeyName + ", " + f.ValueName + " in " + ToHcl(f.Collection, context) + ": " + ToHcl(f.Body, context) + "]",
        _ => throw new InvalidOperationException("Unknown expression " + expression.GetType().Name),
    };

    // A conditional nested in another operator needs parentheses to keep its meaning.
    private static string Operand(Expression expression, ResolveContext context) =>
        expression is ConditionalExpression ? "(" + ToHcl(expression, context) + ")" : ToHcl(expression, context);

    private static string RenderTemplateBody(TemplateExpression template, ResolveContext context, Func<string, string> escapeText)
    {
        var builder = new StringBuilder();
        foreach (var part in template.Parts)
        {
            builder.Append(part is StringLiteral text ? escapeText(text.Value) : "${" + ToHcl(part, context) + "}");
        }

        return builder.ToString();
    }

    // References to count/for_each elements must say which instances: a splat over the list (count)
    // or over values() of the map (for_each; cdktf's "x.*.attr" is not valid for maps, CONTRACT §7.4).
    private static string RenderReference(ReferenceExpression reference, ResolveContext context)
    {
        var root = reference.Target.ResolveRoot(context);
        if (reference.Path.IsEmpty)
        {
            return root.Address;
        }

        var path = RenderPath(reference.Path);
        return root.Multiplicity switch
        {
            ReferenceMultiplicity.Count => root.Address + "[*]" + path,
            ReferenceMultiplicity.ForEach => "values(" + root.Address + ")[*]" + path,
            _ => root.Address + path,
        };
    }

    private static string RenderPath(IEnumerable<string> path) => string.Concat(path.Select(RenderSegment));

    private static string RenderSegment(string segment)
    {
        if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
        {
            return "[" + segment + "]";
        }

        return IsIdentifier(segment) ? "." + segment : "[\"" + EscapeHclString(segment) + "\"]";
    }

    private static bool IsIdentifier(string segment) =>
        segment.Length > 0 && (char.IsAsciiLetter(segment[0]) || segment[0] == '_')
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-');

    private static string EscapeTemplate(string text) =>
        text.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal);

    private static string EscapeHclString(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            string? escaped = c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escaped is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(escaped);
            }
        }

        return EscapeTemplate(builder.ToString());
    }
}
