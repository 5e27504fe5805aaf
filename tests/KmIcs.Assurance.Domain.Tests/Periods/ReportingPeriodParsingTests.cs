using System.Globalization;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Domain.Tests.Periods;

public class ReportingPeriodParsingTests
{
    public static TheoryData<string, PeriodKind, string, string> CanonicalTexts => new()
    {
        { "2021/22", PeriodKind.FinancialYear, "2021-04-01", "2022-03-31" },
        { "Q1 2023/24", PeriodKind.Quarter, "2023-04-01", "2023-06-30" },
        { "Q2 2023/24", PeriodKind.Quarter, "2023-07-01", "2023-09-30" },
        { "Q3 2023/24", PeriodKind.Quarter, "2023-10-01", "2023-12-31" },
        { "Q4 2023/24", PeriodKind.Quarter, "2024-01-01", "2024-03-31" },
        { "2028", PeriodKind.CalendarYear, "2028-01-01", "2028-12-31" },
        { "AY 2021/22", PeriodKind.AcademicYear, "2021-09-01", "2022-08-31" },
        { "2026-28", PeriodKind.MultiYear, "2026-01-01", "2028-12-31" },
        { "R12 to 2024-03", PeriodKind.Rolling12Months, "2023-04-01", "2024-03-31" },
        { "R12 to 2024-02", PeriodKind.Rolling12Months, "2023-03-01", "2024-02-29" },
        { "2099/00", PeriodKind.FinancialYear, "2099-04-01", "2100-03-31" },
        { "2098-02", PeriodKind.MultiYear, "2098-01-01", "2102-12-31" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Canonical_text_gives_its_kind_and_dates(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
    }

    [Theory]
    [InlineData("2021/22")]
    [InlineData("Q3 2023/24")]
    [InlineData("2028")]
    [InlineData("AY 2021/22")]
    [InlineData("2026-28")]
    [InlineData("R12 to 2024-03")]
    [InlineData("2099/00")]
    [InlineData("Q4 2099/00")]
    [InlineData("2098-02")]
    public void Canonical_text_formats_back_to_itself(string text)
    {
        Assert.Equal(text, ReportingPeriod.Parse(text).ToString());
    }

    [Theory]
    [InlineData("22/23", "2022/23")]
    [InlineData("2022/2023", "2022/23")]
    [InlineData("2021-22", "2021/22")]
    [InlineData("2024\u201325", "2024/25")]
    [InlineData("2018 - 19", "2018/19")]
    [InlineData("Q3 22/23", "Q3 2022/23")]
    [InlineData("Q4 23\u201324", "Q4 2023/24")]
    [InlineData("q3  2023 / 24", "Q3 2023/24")]
    [InlineData("Q1 2023/2024", "Q1 2023/24")]
    [InlineData("  2028 ", "2028")]
    [InlineData("ay 21/22", "AY 2021/22")]
    [InlineData("AY 2021-22", "AY 2021/22")]
    [InlineData("2026-2028", "2026-28")]
    [InlineData("2018\u201320", "2018-20")]
    [InlineData("r12 TO 2024-03", "R12 to 2024-03")]
    public void Document_spellings_are_read_and_normalised(string text, string canonical)
    {
        Assert.Equal(canonical, ReportingPeriod.Parse(text).ToString());
    }

    [Fact]
    public void Two_consecutive_years_joined_by_a_hyphen_are_a_financial_year_not_a_multi_year_period()
    {
        Assert.Equal(ReportingPeriod.FinancialYear(2021), ReportingPeriod.Parse("2021-2022"));
    }

    [Fact]
    public void The_same_period_written_differently_is_equal()
    {
        Assert.Equal(ReportingPeriod.Parse("Q3 22/23"), ReportingPeriod.Quarter(2022, 3));
        Assert.Equal(ReportingPeriod.Parse("Q3 22/23").GetHashCode(), ReportingPeriod.Quarter(2022, 3).GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2021/23")]
    [InlineData("2022/21")]
    [InlineData("Q5 2023/24")]
    [InlineData("Q3 2023")]
    [InlineData("Q3 2023/25")]
    [InlineData("Q3 2023-26")]
    [InlineData("AY 2021/23")]
    [InlineData("R12 to 2024-13")]
    [InlineData("R12 to 2024-00")]
    [InlineData("R12 to 2024")]
    [InlineData("2026-2037")]
    [InlineData("2028-26")]
    [InlineData("2028-2026")]
    [InlineData("0999")]
    [InlineData("28")]
    [InlineData("FY21")]
    [InlineData("2021/22/23")]
    [InlineData("\u0968\u0966\u0968\u0967/\u0968\u0968")]
    [InlineData("nca")]
    public void Text_that_is_not_a_period_is_refused(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));
        Assert.Null(period);
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("2021/22 (financial year)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_names_the_text_and_the_reason()
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("2021/23"));

        Assert.StartsWith("'2021/23' is not a reporting period: the two years of a financial year must be consecutive.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_year_span_cannot_be_a_multi_year_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.MultiYear(2026, 2027));
    }

    [Fact]
    public void Null_text_is_an_argument_error_for_parse_and_a_failure_for_try_parse()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.False(ReportingPeriod.TryParse(null, out _));
    }

    [Fact]
    public void Factories_refuse_impossible_periods()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2023, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2023, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Rolling12Months(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.MultiYear(2026, 2037));
    }

    [Fact]
    public void A_period_contains_its_first_and_last_days_only()
    {
        var year = ReportingPeriod.Parse("2023/24");

        Assert.True(year.Contains(Date("2023-04-01")));
        Assert.True(year.Contains(Date("2024-03-31")));
        Assert.False(year.Contains(Date("2023-03-31")));
        Assert.False(year.Contains(Date("2024-04-01")));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
