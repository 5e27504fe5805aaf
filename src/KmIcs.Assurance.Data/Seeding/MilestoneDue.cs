using System.Globalization;
using KmIcs.Assurance.Domain.Delivery;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>A milestone's due date as the documents give it: a month ("2024-03") or a day ("2024-03-31").</summary>
public static class MilestoneDue
{
    public static (DateOnly Date, DuePrecision Precision)? TryParse(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, DuePrecision.Day);
        }

        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (month, DuePrecision.Month)
            : null;
    }

    public static string Format(DateOnly date, DuePrecision precision) => precision switch
    {
        DuePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DuePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };
}
