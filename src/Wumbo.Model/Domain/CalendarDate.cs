using System.Globalization;
using Wumbo.Diagnostics;
using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Domain;

/// <summary>A day written as an ISO 8601 calendar date (<c>2027-06-30</c>), with no time or zone to misread.</summary>
public readonly record struct CalendarDate : IWireValue<CalendarDate>
{
    private CalendarDate(DateOnly date) => Date = date;

    public DateOnly Date { get; }

    public string Value => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DiagnosticDescriptor InvalidValue => DiagnosticCatalog.InvalidDate;

    public static string FormatDescription => "a date written YYYY-MM-DD, such as 2027-06-30";

    public static bool TryCreate(string text, out CalendarDate value, out string problem)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new CalendarDate(date);
            problem = string.Empty;
            return true;
        }

        value = default;
        problem = $"'{text}' is not a date; expected {FormatDescription}";
        return false;
    }

    public override string ToString() => Value;
}
