using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Reporting.Charts;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Tests.Charts;

public class TrendChartModelTests
{
    private static Indicator Kpi()
    {
        var indicator = new Indicator { Ref = "PH03", Statement = "Checks", Polarity = Polarity.HigherIsBetter, UnitLabel = "%" };
        indicator.Geographies.Add(new IndicatorGeography { IndicatorId = indicator.Id, Name = "Kent" });
        foreach (var (period, value, provisional) in new[] { ("Q2 2023/24", 24m, false), ("Q1 2023/24", 20m, false), ("Q3 2023/24", 31m, true), ("2022/23", 18m, false) })
        {
            indicator.Values.Add(new IndicatorValue { IndicatorId = indicator.Id, Period = ReportingPeriod.Parse(period), Geography = "Kent", Value = value, IsProvisional = provisional });
        }

        indicator.Targets.Add(new IndicatorTarget { IndicatorId = indicator.Id, Geography = "Kent", Period = ReportingPeriod.Parse("2023/24"), Value = 25m, Floor = 15m });
        return indicator;
    }

    [Fact]
    public void Periods_of_the_most_used_kind_are_drawn_in_time_order()
    {
        var indicator = Kpi();
        var chart = TrendChartModel.For(indicator, IndicatorAssessor.Assess(indicator, new DateOnly(2026, 12, 1)));

        Assert.Equal(["Q1 2023/24", "Q2 2023/24", "Q3 2023/24"], chart.Periods.Select(p => p.ToString()));
        Assert.Equal([20m, 24m, 31m], chart.Series.Single().Points.Select(p => p.Value));
        Assert.True(chart.Series.Single().Points[^1].Provisional);
    }

    [Fact]
    public void The_axis_covers_values_target_and_floor_and_higher_values_sit_higher()
    {
        var indicator = Kpi();
        var chart = TrendChartModel.For(indicator, IndicatorAssessor.Assess(indicator, new DateOnly(2026, 12, 1)));

        Assert.Equal(25m, chart.Target!.Value);
        Assert.Equal(15m, chart.Floor!.Value);
        Assert.True(chart.Min <= 15 && chart.Max >= 31);
        Assert.True(chart.Y(31m) < chart.Y(20m));
        Assert.Equal("0%", chart.Ticks[0].Label);
    }

    [Fact]
    public void An_indicator_without_values_has_an_empty_chart()
    {
        var indicator = new Indicator { Ref = "2.1", Statement = "No data yet" };

        Assert.True(TrendChartModel.For(indicator, IndicatorAssessor.Assess(indicator, new DateOnly(2026, 12, 1))).IsEmpty);
    }

    [Fact]
    public void Small_changes_are_not_stretched_across_the_axis_and_labels_stay_distinct()
    {
        var indicator = new Indicator { Ref = "PH03", Statement = "Completions", Polarity = Polarity.HigherIsBetter, UnitLabel = "%", Decimals = 0 };
        foreach (var (period, value) in new[] { ("Q1 2023/24", 25.2m), ("Q2 2023/24", 25.9m) })
        {
            indicator.Values.Add(new IndicatorValue { IndicatorId = indicator.Id, Period = ReportingPeriod.Parse(period), Geography = "Kent", Value = value });
        }

        var chart = TrendChartModel.For(indicator, IndicatorAssessor.Assess(indicator, new DateOnly(2026, 12, 1)));

        Assert.Equal(chart.Ticks.Count, chart.Ticks.Select(t => t.Label).Distinct().Count());
        Assert.True(chart.Max - chart.Min >= 25.9 * 0.2, "A one-point change must not fill the whole axis.");
    }
}
