using System.Globalization;

namespace Wumbo.Cdktf.Json;

/// <summary>
/// Formats a double exactly as JavaScript's <c>Number#toString</c> (ECMA-262 Number::toString), which
/// is what <c>JSON.stringify</c> writes: shortest round-trip digits, exponent form only below 1e-6
/// and from 1e21 upwards, lower-case <c>e</c> with an explicit sign.
/// </summary>
public static class JsNumberFormatter
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null"; // JSON.stringify writes null for non-finite numbers.
        }

        if (value == 0)
        {
            return "0"; // Also -0.
        }

        var (digits, exponent) = Decompose(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        return sign + Layout(digits, exponent);
    }

    // Shortest round-trip digits without leading/trailing zeros, and n such that value = 0.digits × 10^n.
    private static (string Digits, int N) Decompose(double value)
    {
        // "R" is the shortest round-trip form on .NET Core 3.0+, e.g. "1.5", "1E+21" or "9.007199254740992E+15".
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = ePos < 0 ? shortest : shortest[..ePos];
        var exp = ePos < 0 ? 0 : int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var all = intPart + fracPart;
        var n = intPart.Length + exp;
        var trimmedStart = all.TrimStart('0');
        n -= all.Length - trimmedStart.Length;
        return (trimmedStart.TrimEnd('0'), n);
    }

    private static string Layout(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponent = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + exponent : digits[..1] + "." + digits[1..] + "e" + exponent;
    }
}
