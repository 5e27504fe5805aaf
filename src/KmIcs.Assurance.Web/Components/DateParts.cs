using System.Globalization;

namespace KmIcs.Assurance.Web.Components;

/// <summary>
/// What an NHS.UK date input posts: day, month and year as typed. Kept as text, so a failed post shows exactly what
/// was typed; <see cref="Read"/> turns it into a date or says, as the design system asks, which part is wrong.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>The boxes the last <see cref="Read"/> found wrong (<c>day</c>, <c>month</c>, <c>year</c>); null when the whole date is.</summary>
    public IReadOnlyCollection<string>? ErrorParts { get; private set; }

    public static DateParts From(DateOnly? date) => date is { } d
        ? new() { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new();

    /// <summary>
    /// The date typed, or null. All three boxes blank gives null without an error (the service says the date is
    /// required, in its own words); a missing part, a year without four digits or an impossible date adds an error
    /// for <paramref name="fieldId"/> to <paramref name="errors"/>, naming the date as <paramref name="label"/>.
    /// </summary>
    public DateOnly? Read(string fieldId, string label, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ErrorParts = null;
        var day = Day?.Trim();
        var month = Month?.Trim();
        var year = Year?.Trim();
        var missing = new List<string>();
        if (string.IsNullOrEmpty(day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrEmpty(month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrEmpty(year))
        {
            missing.Add("year");
        }

        if (missing.Count == 3)
        {
            return null;
        }

        if (missing.Count > 0)
        {
            ErrorParts = missing;
            errors.Add(fieldId, $"{label} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (year!.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            ErrorParts = ["year"];
            errors.Add(fieldId, $"{label} must have a year with 4 numbers");
            return null;
        }

        if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && MonthNumber(month!) is { } m
            && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

        errors.Add(fieldId, $"{label} must be a real date");
        return null;
    }

    /// <summary>1 to 12 from "5", "05", "May" or "may".</summary>
    private static int? MonthNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var names = Formats.Culture.DateTimeFormat;
        for (var i = 1; i <= 12; i++)
        {
            if (string.Equals(text, names.GetMonthName(i), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, names.GetAbbreviatedMonthName(i), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
