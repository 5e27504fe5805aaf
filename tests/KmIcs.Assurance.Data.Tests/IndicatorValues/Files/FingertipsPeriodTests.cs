using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

public sealed class FingertipsPeriodTests
{
    public static TheoryData<string, string?, string> Readable() => new()
    {
        { "2015", null, "2015" },
        { "2015", "1y", "2015" },
        { "2017/18", null, "2017/18" },
        { "2017/18", "1y", "2017/18" },
        { "2019/20 Q3", null, "Q3 2019/20" },
        { "2019/20 Q3", "3m", "Q3 2019/20" },
        { "2015 Q1", "3m", "Q4 2014/15" },
        { "2015 Q2", "3m", "Q1 2015/16" },
        { "2015 Q3", "3m", "Q2 2015/16" },
        { "2015 Q4", "3m", "Q3 2015/16" },
        { "2015 Q1", null, "Q4 2014/15" },
        { "2012 - 14", null, "2012-14" },
        { "2012 - 14", "3y", "2012-14" },
        { "2013 - 17", "5y", "2013-17" },
        { "2015 - 17", null, "2015-17" },
        { "2013 - 2017", null, "2013-17" },
        { "  2012  –  14 ", null, "2012-14" },
        { "2018", "NA", "2018" },
        { "2016-17", null, "2016/17" },
        { "Q3 2023/24", null, "Q3 2023/24" },
        { "AY 2021/22", "1y", "AY 2021/22" },
        { "R12 to 2024-03", "12m", "R12 to 2024-03" },
    };

    public static TheoryData<string, string?, string> Refused() => new()
    {
        { "2016/17 - 18/19", null, "'2016/17 - 18/19' pools several financial years, and pooled financial years are not supported" },
        { "2018/19 Q1 - 2018/19 Q2", null, "'2018/19 Q1 - 2018/19 Q2' adds up a run of quarters, and cumulative quarters are not supported" },
        { "2021/22 Q1 - 2023/24 Q3", null, "cumulative quarters are not supported" },
        { "2016 - 17", null, "'2016 - 17' pools 2 calendar years, but the portal's multi-year periods pool 3 to 10." },
        { "2000 - 2015", null, "'2000 - 2015' pools 16 calendar years" },
        { "2017 - 2013", null, "'2017 - 2013' ends before it starts" },
        { "2021 Jan", null, "'2021 Jan' is a month, and monthly periods are not supported" },
        { "Jan 2021", null, "'Jan 2021' is a month, and monthly periods are not supported" },
        { "September 2020", null, "monthly periods are not supported" },
        { "2018/20", null, "'2018/20' is not a time period the portal can read" },
        { "2019/21 Q2", null, "'2019/21 Q2' is not a financial year: its two years must follow each other" },
        { "0999 Q2", null, "'0999 Q2' is outside the years the portal records" },
        { "sometime", null, "'sometime' is not a time period the portal can read: give a Fingertips time period such as 2015, 2017/18, 2019/20 Q3, 2015 Q1 or 2012 - 14." },
        { "", null, "The time period is empty" },
        { "   ", null, "The time period is empty" },
        { "2019/20 Q3", "12m", "'2019/20 Q3' covers 3m, but its time period range says 12m; the portal cannot tell which is meant." },
        { "2015", "3y", "'2015' covers 1y, but its time period range says 3y" },
        { "2012 - 14", "5y", "'2012 - 14' covers 3y, but its time period range says 5y" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Fingertips_labels_become_reporting_periods(string label, string? range, string expected)
    {
        Assert.True(FingertipsPeriod.TryParse(label, range, out var period, out var error), error);
        Assert.Null(error);
        Assert.Equal(ReportingPeriod.Parse(expected), period);
    }

    [Fact]
    public void Calendar_quarters_are_the_financial_quarters_with_the_same_months()
    {
        Assert.True(FingertipsPeriod.TryParse("2015 Q1", "3m", out var january, out _));
        Assert.Equal(ReportingPeriod.Quarter(2014, 4), january);
        Assert.Equal(new DateOnly(2015, 1, 1), january.Start);
        Assert.Equal(new DateOnly(2015, 3, 31), january.End);

        Assert.True(FingertipsPeriod.TryParse("2015 Q4", "3m", out var october, out _));
        Assert.Equal(ReportingPeriod.Quarter(2015, 3), october);
        Assert.Equal(new DateOnly(2015, 10, 1), october.Start);
    }

    [Fact]
    public void Years_and_pools_are_the_periods_the_domain_names()
    {
        Assert.True(FingertipsPeriod.TryParse("2015", null, out var year, out _));
        Assert.Equal(ReportingPeriod.CalendarYear(2015), year);
        Assert.True(FingertipsPeriod.TryParse("2017/18", null, out var financial, out _));
        Assert.Equal(ReportingPeriod.FinancialYear(2017), financial);
        Assert.True(FingertipsPeriod.TryParse("2019/20 Q3", null, out var quarter, out _));
        Assert.Equal(ReportingPeriod.Quarter(2019, 3), quarter);
        Assert.True(FingertipsPeriod.TryParse("2012 - 14", null, out var pooled, out _));
        Assert.Equal(ReportingPeriod.MultiYear(2012, 2014), pooled);
        Assert.True(FingertipsPeriod.TryParse("2013 - 17", null, out var five, out _));
        Assert.Equal(ReportingPeriod.MultiYear(2013, 2017), five);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Labels_without_a_reporting_period_are_refused_in_a_sentence_naming_them(string label, string? range, string expected)
    {
        Assert.False(FingertipsPeriod.TryParse(label, range, out var period, out var error));
        Assert.Null(period);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_label_is_refused()
    {
        Assert.False(FingertipsPeriod.TryParse(null, null, out _, out var error));
        Assert.StartsWith("The time period is empty", error, StringComparison.Ordinal);
    }
}
