namespace Wumbo.Testing.Schema;

/// <summary>Terraform JSON strings are templates: <c>${…}</c> interpolates and <c>%{…}</c> is a directive, unless escaped as <c>$${</c> or <c>%%{</c>.</summary>
public static class TemplateText
{
    /// <summary>True when the string holds an interpolation or directive, whose value only Terraform knows.</summary>
    public static bool HasExpression(string text)
    {
        for (var i = text.IndexOf('{', StringComparison.Ordinal); i > 0; i = text.IndexOf('{', i + 1))
        {
            var marker = text[i - 1];
            if (marker is not ('$' or '%'))
            {
                continue;
            }

            var run = 0;
            for (var j = i - 1; j >= 0 && text[j] == marker; j--)
            {
                run++;
            }

            // "$${" is an escaped "${"; "$$${" is a "$" and then an interpolation.
            if (run % 2 == 1)
            {
                return true;
            }
        }

        return false;
    }
}
