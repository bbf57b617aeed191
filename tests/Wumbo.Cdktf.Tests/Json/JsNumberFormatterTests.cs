using System.Globalization;
using Wumbo.Cdktf.Json;

namespace Wumbo.Cdktf.Tests.Json;

public sealed class JsNumberFormatterTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(-1d, "-1")]
    [InlineData(1.5d, "1.5")]
    [InlineData(0.1d, "0.1")]
    [InlineData(123456789012d, "123456789012")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(1e21d, "1e+21")]
    [InlineData(1e20d, "100000000000000000000")]
    [InlineData(1.5e21d, "1.5e+21")]
    [InlineData(1e-7d, "1e-7")]
    [InlineData(1.25e-7d, "1.25e-7")]
    [InlineData(0.000001d, "0.000001")]
    [InlineData(123.456d, "123.456")]
    [InlineData(-0.0015d, "-0.0015")]
    [InlineData(5e-324d, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(0.30000000000000004d, "0.30000000000000004")]
    [InlineData(8.10956221259141e+298, "8.10956221259141e+298")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Formats_like_JavaScript(double value, string expected)
    {
        Assert.Equal(expected, JsNumberFormatter.Format(value));
    }

    [Fact]
    public void Shortest_form_round_trips_for_many_doubles()
    {
        var random = new Random(20250101);
        for (var i = 0; i < 10_000; i++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }

            var text = JsNumberFormatter.Format(value);
            Assert.Equal(value == 0 ? 0 : value, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.Equal(Digits(value.ToString("R", CultureInfo.InvariantCulture), 'E'), Digits(text, 'e'));
        }
    }

    [Fact]
    public void Negative_zero_is_zero()
    {
        Assert.Equal("0", JsNumberFormatter.Format(-0d));
    }

    // The significant digits of a number string: the shortest form has as many as .NET's "R".
    private static string Digits(string text, char exponent)
    {
        var mantissa = text.Split(exponent)[0].TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal);
        return mantissa.TrimStart('0').TrimEnd('0');
    }
}
