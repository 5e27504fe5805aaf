using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Turns a Fingertips "Time period" label into a <see cref="ReportingPeriod"/>: "2015" (calendar year), "2017/18"
/// (financial year), "2019/20 Q3" (financial quarter), "2015 Q1" (calendar quarter: January to March, which is Q4 of
/// 2014/15) and "2012 - 14" (calendar years pooled). Fingertips writes pooled years with spaces around the hyphen;
/// "2016-17" without them is how documents write a financial year, and is read as one by the portal's own parser,
/// which is the fallback for every other label.
/// </summary>
/// <remarks>
/// Pooled financial years, cumulative runs of quarters, two-year pools and months have no <see cref="ReportingPeriod"/>,
/// so they are refused by name rather than squeezed into a period that means something else. When the export's
/// "Time period range" (1y, 3y, 3m, …) disagrees with the label, the label is refused too: one of them is wrong and
/// the portal cannot tell which.
/// </remarks>
public static partial class FingertipsPeriod
{
    private const string Examples = "such as 2015, 2017/18, 2019/20 Q3, 2015 Q1 or 2012 - 14";

    public static bool TryParse(
        string? label,
        string? timePeriodRange,
        [NotNullWhen(true)] out ReportingPeriod? period,
        [NotNullWhen(false)] out string? error)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(label))
        {
            error = $"The time period is empty: give a Fingertips time period {Examples}.";
            return false;
        }

        var text = Normalise(label);
        error = Read(text, label.Trim(), out period);
        if (error is null && period is not null && RangeMismatch(label.Trim(), period, timePeriodRange) is { } mismatch)
        {
            error = mismatch;
            period = null;
        }

        return error is null && period is not null;
    }

    /// <summary>Returns null and the period, or the sentence that says why the label has none.</summary>
    private static string? Read(string text, string label, out ReportingPeriod? period)
    {
        period = null;
        if (Month().IsMatch(text))
        {
            return $"'{label}' is a month, and monthly periods are not supported: the portal's shortest period is a quarter.";
        }

        if (CumulativeQuarters().IsMatch(text))
        {
            return $"'{label}' adds up a run of quarters, and cumulative quarters are not supported: give each quarter on its own row.";
        }

        if (PooledFinancialYears().IsMatch(text))
        {
            return $"'{label}' pools several financial years, and pooled financial years are not supported: the portal pools calendar years only.";
        }

        if (FinancialQuarter().Match(text) is { Success: true } financial)
        {
            var year = Number(financial, "year");
            return ConsecutiveYears(label, year, Number(financial, "next"))
                ?? YearsInRange(label, year, year)
                ?? Set(ReportingPeriod.Quarter(year, Number(financial, "quarter")), out period);
        }

        if (CalendarQuarter().Match(text) is { Success: true } calendar)
        {
            // Calendar Q1 is January to March, the last quarter of the financial year that began the April before.
            var year = Number(calendar, "year");
            var quarter = Number(calendar, "quarter");
            var financialYear = quarter == 1 ? year - 1 : year;
            return YearsInRange(label, financialYear, financialYear)
                ?? Set(ReportingPeriod.Quarter(financialYear, quarter == 1 ? 4 : quarter - 1), out period);
        }

        if (PooledYears().Match(text) is { Success: true } pooled)
        {
            var first = Number(pooled, "year");
            var last = FullYear(first, pooled.Groups["last"].Value);
            var span = last - first + 1;
            if (span < 1)
            {
                return $"'{label}' ends before it starts: give the first year, then the last, as in 2012 - 14.";
            }

            if (span is < ReportingPeriod.MinMultiYearSpan or > ReportingPeriod.MaxMultiYearSpan)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{label}' pools {span} calendar years, but the portal's multi-year periods pool {ReportingPeriod.MinMultiYearSpan} to {ReportingPeriod.MaxMultiYearSpan}.");
            }

            return YearsInRange(label, first, last) ?? Set(ReportingPeriod.MultiYear(first, last), out period);
        }

        if (ReportingPeriod.TryParse(label, out var portal))
        {
            period = portal;
            return null;
        }

        return $"'{label}' is not a time period the portal can read: give a Fingertips time period {Examples}.";
    }

    /// <summary>The range Fingertips gives a period of this kind, or null when it gives none the portal knows.</summary>
    private static string? RangeMismatch(string label, ReportingPeriod period, string? timePeriodRange)
    {
        var given = timePeriodRange?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

        // R's write.csv writes a missing value as NA.
        if (string.IsNullOrEmpty(given) || given == "na")
        {
            return null;
        }

        var expected = period.Kind switch
        {
            PeriodKind.Quarter => "3m",
            PeriodKind.Rolling12Months => "12m",
            PeriodKind.MultiYear => string.Create(CultureInfo.InvariantCulture, $"{period.End.Year - period.Start.Year + 1}y"),
            PeriodKind.FinancialYear or PeriodKind.CalendarYear or PeriodKind.AcademicYear => "1y",
        };
        return given == expected
            ? null
            : $"'{label}' covers {expected}, but its time period range says {timePeriodRange!.Trim()}; the portal cannot tell which is meant.";
    }

    private static string? ConsecutiveYears(string label, int year, int next) =>
        (year + 1) % 100 == next ? null : $"'{label}' is not a financial year: its two years must follow each other, as in 2019/20.";

    private static string? YearsInRange(string label, int first, int last) =>
        first >= ReportingPeriod.MinYear && last <= ReportingPeriod.MaxYear
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"'{label}' is outside the years the portal records ({ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}).");

    private static string? Set(ReportingPeriod value, out ReportingPeriod? period)
    {
        period = value;
        return null;
    }

    /// <summary>"14" after 2012 is 2014; a two-digit year is the next year ending in those digits.</summary>
    private static int FullYear(int first, string last)
    {
        var year = int.Parse(last, NumberStyles.None, CultureInfo.InvariantCulture);
        if (last.Length == 4)
        {
            return year;
        }

        year += first - (first % 100);
        return year < first ? year + 100 : year;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>One space between words, dashes as hyphens, and a hyphen with space on either side as " - ".</summary>
    private static string Normalise(string label)
    {
        var dashes = label.Trim().Replace('\u2013', '-').Replace('\u2014', '-');
        return SpacedHyphen().Replace(WhiteSpace().Replace(dashes, " "), " - ");
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})/(?<next>[0-9]{2}) Q(?<quarter>[1-4])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FinancialQuarter();

    [GeneratedRegex(@"^(?<year>[0-9]{4}) Q(?<quarter>[1-4])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CalendarQuarter();

    [GeneratedRegex(@"^(?<year>[0-9]{4}) - (?<last>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PooledYears();

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2} - ([0-9]{2}|[0-9]{4})/[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PooledFinancialYears();

    [GeneratedRegex(@"^[0-9]{4}(/[0-9]{2})? Q[1-4] - [0-9]{4}(/[0-9]{2})? Q[1-4]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CumulativeQuarters();

    [GeneratedRegex(
        @"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\s+-\s*|\s*-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedHyphen();
}
