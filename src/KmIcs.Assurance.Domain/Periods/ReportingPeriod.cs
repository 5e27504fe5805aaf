using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Domain.Periods;

/// <summary>
/// A reporting period with one canonical text per kind, the texts the seed files and the portal use:
/// financial year "2021/22", quarter "Q3 2023/24" (financial-year quarters, Q1 = April to June), calendar year
/// "2028", academic year "AY 2021/22", multi-year "2026-28" and rolling twelve months "R12 to 2024-03".
/// </summary>
/// <remarks>
/// A sealed record rather than a struct so there is no <c>default</c> instance with a year-1 date that would
/// print as nonsense, and so "no period" is a plain null. Ordering is by end date, then start date, then kind:
/// periods are compared by when their data stops, which is how a time series is read.
/// </remarks>
public sealed partial record ReportingPeriod : IComparable<ReportingPeriod>, IComparable
{
    /// <summary>Lowest year accepted, so every date prints as four digits and <see cref="SortKey"/> sorts as text.</summary>
    public const int MinYear = 1000;

    /// <summary>Highest first year accepted, so the end of a financial or academic year still fits in <see cref="DateOnly"/>.</summary>
    public const int MaxYear = 9998;

    /// <summary>The fewest calendar years a multi-year period pools. Two consecutive years joined by a hyphen
    /// ("2021-22") are how the documents write a financial year, so a two-year pool has no unambiguous text.</summary>
    public const int MinMultiYearSpan = 3;

    /// <summary>The most calendar years a multi-year period pools; Fingertips pools up to five, strategies run to ten.</summary>
    public const int MaxMultiYearSpan = 10;

    private const string Expected =
        "Use 2021/22 (financial year), Q3 2023/24 (quarter), 2028 (calendar year), AY 2021/22 (academic year), "
        + "2026-28 (multi-year) or R12 to 2024-03 (rolling twelve months).";

    private ReportingPeriod(PeriodKind kind, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public PeriodKind Kind { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>
    /// Text that sorts, compared ordinally, exactly as <see cref="CompareTo(ReportingPeriod?)"/> orders periods
    /// ("2024-03-31|2023-04-01|FY"), so a database can order by one column.
    /// </summary>
    public string SortKey => string.Create(
        CultureInfo.InvariantCulture, $"{End:yyyy-MM-dd}|{Start:yyyy-MM-dd}|{KindCode}");

    private string KindCode => Kind switch
    {
        PeriodKind.FinancialYear => "FY",
        PeriodKind.Quarter => "Q",
        PeriodKind.CalendarYear => "CY",
        PeriodKind.AcademicYear => "AY",
        PeriodKind.Rolling12Months => "R12",
        PeriodKind.MultiYear => "MY",
    };

    /// <summary>The financial year starting on 1 April of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod FinancialYear(int startYear)
    {
        CheckYear(startYear, nameof(startYear));
        return new(PeriodKind.FinancialYear, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));
    }

    /// <summary>Quarter 1 to 4 of the financial year starting in <paramref name="financialYearStart"/>; Q1 is April to June.</summary>
    public static ReportingPeriod Quarter(int financialYearStart, int quarter)
    {
        CheckYear(financialYearStart, nameof(financialYearStart));
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(financialYearStart, 4, 1).AddMonths(3 * (quarter - 1));
        return new(PeriodKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod CalendarYear(int year)
    {
        CheckYear(year, nameof(year));
        return new(PeriodKind.CalendarYear, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>The school year starting on 1 September of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod AcademicYear(int startYear)
    {
        CheckYear(startYear, nameof(startYear));
        return new(PeriodKind.AcademicYear, new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, 8, 31));
    }

    /// <summary>The twelve months ending with <paramref name="endMonth"/> of <paramref name="endYear"/>.</summary>
    public static ReportingPeriod Rolling12Months(int endYear, int endMonth)
    {
        CheckYear(endYear, nameof(endYear));
        ArgumentOutOfRangeException.ThrowIfLessThan(endMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endMonth, 12);
        var lastMonth = new DateOnly(endYear, endMonth, 1);
        return new(PeriodKind.Rolling12Months, lastMonth.AddMonths(-11), lastMonth.AddMonths(1).AddDays(-1));
    }

    /// <summary>Calendar years <paramref name="firstYear"/> to <paramref name="lastYear"/> inclusive, pooled.</summary>
    public static ReportingPeriod MultiYear(int firstYear, int lastYear)
    {
        CheckYear(firstYear, nameof(firstYear));
        if (MultiYearSpanError(firstYear, lastYear) is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, error);
        }

        return new(PeriodKind.MultiYear, new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
    }

    /// <summary>
    /// Reads the canonical texts and the spellings the source documents use: two-digit years ("22/23", "Q3 22/23",
    /// taken as 20xx), a hyphen or dash for the slash ("2021-22", "Q4 23–24"), a four-digit second year
    /// ("2022/2023", "2026-2028"), any letter case and extra spaces.
    /// </summary>
    /// <exception cref="FormatException">The text is not a period; the message says which forms are accepted.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out var error)
            ? period
            : throw new FormatException(error);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ReportingPeriod? period) =>
        TryParse(text, out period, out _);

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    /// <summary>The canonical text, which <see cref="Parse"/> reads back to an equal period.</summary>
    public override string ToString()
    {
        var startYear = Start.Year;
        return Kind switch
        {
            PeriodKind.FinancialYear => YearPair(FinancialYearStart(Start)),
            PeriodKind.Quarter => string.Create(
                CultureInfo.InvariantCulture, $"Q{QuarterNumber(Start)} {YearPair(FinancialYearStart(Start))}"),
            PeriodKind.CalendarYear => startYear.ToString("0000", CultureInfo.InvariantCulture),
            PeriodKind.AcademicYear => "AY " + YearPair(startYear),
            PeriodKind.Rolling12Months => string.Create(CultureInfo.InvariantCulture, $"R12 to {End:yyyy-MM}"),
            PeriodKind.MultiYear => string.Create(CultureInfo.InvariantCulture, $"{startYear:0000}-{End.Year % 100:00}"),
        };
    }

    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byEnd = End.CompareTo(other.End);
        if (byEnd != 0)
        {
            return byEnd;
        }

        var byStart = Start.CompareTo(other.Start);

        // Periods of different kinds can cover the same dates (FY 2023/24 and "R12 to 2024-03"); the kind code
        // breaks the tie the same way SortKey does, so the two orderings can never disagree.
        return byStart != 0 ? byStart : string.CompareOrdinal(KindCode, other.KindCode);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a reporting period with {obj.GetType().Name}.", nameof(obj)),
    };

    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static int FinancialYearStart(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    private static int QuarterNumber(DateOnly start) => ((start.Month + 8) % 12 / 3) + 1;

    private static string YearPair(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:0000}/{(startYear + 1) % 100:00}");

    private static void CheckYear(int year, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear, name);
    }

    private static string? MultiYearSpanError(int firstYear, int lastYear)
    {
        if (lastYear > DateOnly.MaxValue.Year)
        {
            return string.Create(CultureInfo.InvariantCulture, $"years must be between {MinYear} and {DateOnly.MaxValue.Year}.");
        }

        var span = lastYear - firstYear + 1;
        return span is < MinMultiYearSpan or > MaxMultiYearSpan
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"A multi-year period pools {MinMultiYearSpan} to {MaxMultiYearSpan} calendar years; {firstYear} to {lastYear} is {span}.")
            : null;
    }

    private static bool TryParse(
        string? text, [NotNullWhen(true)] out ReportingPeriod? period, [NotNullWhen(false)] out string? error)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A reporting period is required. " + Expected;
            return false;
        }

        var normalised = Normalise(text);
        error = ReadPeriod(normalised, out period);
        if (error is null && period is not null)
        {
            return true;
        }

        period = null;
        error = $"'{text}' is not a reporting period: {error ?? "it could not be read."} {Expected}";
        return false;
    }

    /// <summary>Returns null and the period, or the reason the text is not one.</summary>
    private static string? ReadPeriod(string text, out ReportingPeriod? period)
    {
        period = null;

        if (CalendarYearPattern().Match(text) is { Success: true } calendar)
        {
            return ReadYear(calendar.Groups["year"].Value, out var year) ?? Set(CalendarYear(year), out period);
        }

        if (RollingPattern().Match(text) is { Success: true } rolling)
        {
            var month = Number(rolling.Groups["month"].Value);
            if (month is < 1 or > 12)
            {
                return "the month must be 01 to 12.";
            }

            return ReadYear(rolling.Groups["year"].Value, out var year) ?? Set(Rolling12Months(year, month), out period);
        }

        if (QuarterPattern().Match(text) is { Success: true } quarter)
        {
            return ReadConsecutiveYears(quarter, out var first)
                ?? Set(Quarter(first, Number(quarter.Groups["quarter"].Value)), out period);
        }

        if (AcademicYearPattern().Match(text) is { Success: true } academic)
        {
            return ReadConsecutiveYears(academic, out var first) ?? Set(AcademicYear(first), out period);
        }

        if (YearPairPattern().Match(text) is { Success: true } pair)
        {
            var error = ReadYearPair(pair, out var first, out var last);
            if (error is not null)
            {
                return error;
            }

            if (last == first + 1)
            {
                // "2021/22" and the documents' "2021-22" are both a financial year.
                return Set(FinancialYear(first), out period);
            }

            if (pair.Groups["separator"].Value == "/")
            {
                return "the two years of a financial year must be consecutive.";
            }

            return MultiYearSpanError(first, last) ?? Set(MultiYear(first, last), out period);
        }

        return "the text is not in a recognised form.";
    }

    private static string? ReadConsecutiveYears(Match match, out int first)
    {
        var error = ReadYearPair(match, out first, out var last);
        return error ?? (last == first + 1 ? null : "the two years must be consecutive.");
    }

    /// <summary>
    /// Reads "first/last" where either may have two digits. A two-digit second year is the next year ending in
    /// those digits (so "2099/00" is 2099 to 2100); a two-digit first year is taken as 20xx, as the documents mean.
    /// </summary>
    private static string? ReadYearPair(Match match, out int first, out int last)
    {
        last = 0;
        var error = ReadYear(match.Groups["first"].Value, out first);
        if (error is not null)
        {
            return error;
        }

        var second = match.Groups["last"].Value;
        if (second.Length == 4)
        {
            last = Number(second);
            return null;
        }

        last = first - (first % 100) + Number(second);
        if (last <= first)
        {
            last += 100;
        }

        return null;
    }

    private static string? ReadYear(string digits, out int year)
    {
        year = Number(digits);
        if (digits.Length == 2)
        {
            year += 2000;
        }

        return year is < MinYear or > MaxYear
            ? string.Create(CultureInfo.InvariantCulture, $"years must be between {MinYear} and {MaxYear}.")
            : null;
    }

    private static string? Set(ReportingPeriod value, out ReportingPeriod? period)
    {
        period = value;
        return null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Dashes become hyphens, spaces around separators go, and runs of white space become one space.</summary>
    private static string Normalise(string text)
    {
        var dashes = text.Trim().Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-');
        return WhiteSpace().Replace(SpacedSeparator().Replace(dashes, "${separator}"), " ");
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarYearPattern();

    [GeneratedRegex(@"^(?<first>[0-9]{2}|[0-9]{4})(?<separator>[/-])(?<last>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPairPattern();

    [GeneratedRegex(@"^Q(?<quarter>[1-4]) ?(?<first>[0-9]{2}|[0-9]{4})(?<separator>[/-])(?<last>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^AY ?(?<first>[0-9]{2}|[0-9]{4})(?<separator>[/-])(?<last>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AcademicYearPattern();

    [GeneratedRegex(@"^R12 to (?<year>[0-9]{4})-(?<month>[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RollingPattern();

    [GeneratedRegex(@"\s*(?<separator>[/-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
