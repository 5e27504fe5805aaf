using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Domain.Tests.Periods;

public class ReportingPeriodOrderingTests
{
    // By end date, then start date; periods of different kinds covering the same dates (CY 2023 and R12 to 2023-12,
    // FY 2023/24 and R12 to 2024-03) are ordered by kind code, so the calendar or financial year comes first.
    private static readonly string[] Ordered =
    [
        "2022/23",
        "2023",
        "R12 to 2023-12",
        "Q3 2023/24",
        "2023/24",
        "R12 to 2024-03",
        "Q4 2023/24",
        "AY 2023/24",
        "2022-24",
    ];

    [Fact]
    public void Periods_sort_by_end_date_then_start_date()
    {
        var shuffled = Ordered.Reverse().Select(ReportingPeriod.Parse).ToList();

        shuffled.Sort();

        Assert.Equal(Ordered, shuffled.Select(p => p.ToString()));
    }

    [Fact]
    public void Sort_key_sorts_as_text_in_the_same_order_as_the_periods()
    {
        var byKey = Ordered.Reverse()
            .Select(ReportingPeriod.Parse)
            .OrderBy(p => p.SortKey, StringComparer.Ordinal)
            .Select(p => p.ToString());

        Assert.Equal(Ordered, byKey);
    }

    [Theory]
    [InlineData("2023/24", "2024-03-31|2023-04-01|FY")]
    [InlineData("Q3 2023/24", "2023-12-31|2023-10-01|Q")]
    [InlineData("2028", "2028-12-31|2028-01-01|CY")]
    [InlineData("AY 2021/22", "2022-08-31|2021-09-01|AY")]
    [InlineData("R12 to 2024-03", "2024-03-31|2023-04-01|R12")]
    [InlineData("2026-28", "2028-12-31|2026-01-01|MY")]
    public void Sort_key_is_end_start_and_kind(string text, string sortKey)
    {
        Assert.Equal(sortKey, ReportingPeriod.Parse(text).SortKey);
    }

    [Fact]
    public void Periods_of_different_kinds_covering_the_same_dates_are_different_and_ordered()
    {
        var financialYear = ReportingPeriod.Parse("2023/24");
        var rolling = ReportingPeriod.Parse("R12 to 2024-03");

        Assert.NotEqual(financialYear, rolling);
        Assert.True(financialYear < rolling);
        Assert.True(rolling.CompareTo(financialYear) > 0);
    }

    [Fact]
    public void Comparison_operators_follow_the_ordering()
    {
        var q3 = ReportingPeriod.Parse("Q3 2023/24");
        var q4 = ReportingPeriod.Parse("Q4 2023/24");

        Assert.True(q3 < q4);
        Assert.True(q3 <= q4);
        Assert.True(q4 > q3);
        Assert.True(q4 >= q3);
        Assert.True(q3 <= ReportingPeriod.Quarter(2023, 3));
        Assert.False(q4 < q3);
    }

    [Fact]
    public void No_period_sorts_before_any_period()
    {
        var period = ReportingPeriod.Parse("2021/22");

        Assert.True(period.CompareTo(null) > 0);
        Assert.True(null < period);
        Assert.True(((IComparable)period).CompareTo(null) > 0);
    }

    [Fact]
    public void Comparing_with_something_that_is_not_a_period_is_an_error()
    {
        IComparable period = ReportingPeriod.Parse("2021/22");

        Assert.Throws<ArgumentException>(() => period.CompareTo("2021/22"));
    }
}
