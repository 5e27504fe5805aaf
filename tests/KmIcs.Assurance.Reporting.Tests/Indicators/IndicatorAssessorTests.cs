using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Tests.Indicators;

public class IndicatorAssessorTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Indicator Indicator(Polarity polarity = Polarity.HigherIsBetter, params (string Period, string Area, decimal? Value)[] values)
    {
        var indicator = new Indicator { Ref = "1.4", Statement = "Good level of development", Polarity = polarity, Decimals = 1, UnitLabel = "%" };
        indicator.Geographies.Add(new IndicatorGeography { IndicatorId = indicator.Id, Name = "Kent and Medway" });
        foreach (var (period, area, value) in values)
        {
            indicator.Values.Add(new IndicatorValue { IndicatorId = indicator.Id, Period = ReportingPeriod.Parse(period), Geography = area, Value = value });
        }

        return indicator;
    }

    private static void Target(Indicator indicator, string period, decimal value, decimal? floor = null) =>
        indicator.Targets.Add(new IndicatorTarget
        {
            IndicatorId = indicator.Id,
            Geography = "Kent and Medway",
            Period = ReportingPeriod.Parse(period),
            Value = value,
            Floor = floor,
            EffectiveFrom = new DateOnly(2024, 5, 14),
        });

    [Fact]
    public void The_latest_value_of_the_headline_area_is_judged_against_the_target_ahead_of_it()
    {
        var indicator = Indicator(Polarity.HigherIsBetter, ("2021/22", "Kent and Medway", 65.8m), ("2022/23", "Kent and Medway", 66.9m), ("2022/23", "Kent", 99m));
        Target(indicator, "2028", 70m, floor: 60m);

        var result = IndicatorAssessor.Assess(indicator, Today);

        Assert.Equal("Kent and Medway", result.Geography);
        Assert.Equal(66.9m, result.Latest!.Value);
        Assert.Equal(Rag.Amber, result.Rag);
        Assert.Equal(DirectionOfTravel.Improved, result.Direction);
        Assert.Equal(ReportingPeriod.Parse("2021/22"), result.PreviousPeriod);
    }

    [Fact]
    public void Without_values_an_indicator_with_a_target_is_not_available_and_one_without_has_no_target()
    {
        var withTarget = Indicator();
        Target(withTarget, "2028", 70m);

        Assert.Equal(Rag.NotAvailable, IndicatorAssessor.Assess(withTarget, Today).Rag);
        Assert.Equal(Rag.NoTarget, IndicatorAssessor.Assess(Indicator(), Today).Rag);
    }

    [Fact]
    public void Direction_compares_only_periods_of_the_same_kind_as_the_latest()
    {
        var indicator = Indicator(Polarity.LowerIsBetter, ("2022/23", "Kent and Medway", 10m), ("Q1 2023/24", "Kent and Medway", 9m), ("Q2 2023/24", "Kent and Medway", 9.5m));

        var result = IndicatorAssessor.Assess(indicator, Today);

        Assert.Equal(DirectionOfTravel.Worsened, result.Direction);
        Assert.Equal(ReportingPeriod.Parse("Q1 2023/24"), result.PreviousPeriod);
    }

    [Fact]
    public void An_england_value_with_a_confidence_interval_gives_a_benchmark_comparison()
    {
        var indicator = Indicator(Polarity.HigherIsBetter, ("2022/23", "England", 65.2m));
        indicator.Values.Add(new IndicatorValue
        {
            IndicatorId = indicator.Id,
            Period = ReportingPeriod.Parse("2022/23"),
            Geography = "Kent and Medway",
            Value = 68m,
            LowerCi = 67m,
            UpperCi = 69m,
        });

        var result = IndicatorAssessor.Assess(indicator, Today);

        Assert.Equal(BenchmarkComparison.Better, result.Benchmark);
        Assert.Null(Judgements.NotComparedReason(result));
    }

    [Fact]
    public void Without_an_england_value_the_reason_for_not_comparing_is_given()
    {
        var result = IndicatorAssessor.Assess(Indicator(Polarity.HigherIsBetter, ("2022/23", "Kent and Medway", 68m)), Today);

        Assert.Equal(BenchmarkComparison.NotCompared, result.Benchmark);
        Assert.Equal("no England value for the period", Judgements.NotComparedReason(result));
    }

    [Fact]
    public void The_summary_states_the_latest_value_its_change_and_its_rating_in_words()
    {
        var indicator = Indicator(Polarity.HigherIsBetter, ("2021/22", "Kent and Medway", 65.8m), ("2022/23", "Kent and Medway", 66.9m));
        Target(indicator, "2028", 70m);

        var summary = IndicatorSummary.Describe(indicator, IndicatorAssessor.Assess(indicator, Today));

        Assert.Equal(
            "The latest value for Kent and Medway is 66.9% in 2022/23. It has improved since 2021/22. Against the target of 70.0% for 2028 it is rated Amber (floor standard met, target not yet met). The chart shows 2 values.",
            summary);
    }

    [Fact]
    public void The_summary_counts_the_values_the_chart_draws_not_the_comparators_an_import_brought()
    {
        var indicator = Indicator(
            Polarity.HigherIsBetter,
            ("2021/22", "Kent and Medway", 65.8m), ("2022/23", "Kent and Medway", 66.9m), ("2022/23", "England", 67.2m),
            ("2022/23", "Surrey", 70.1m), ("2022/23", "Hampshire", 69.0m));

        var summary = IndicatorSummary.Describe(indicator, IndicatorAssessor.Assess(indicator, Today));

        Assert.EndsWith("The chart shows 3 values.", summary, StringComparison.Ordinal);
    }
}
