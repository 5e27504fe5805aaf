using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Rules;
using static KmIcs.Assurance.Domain.Tests.Builders.TestIndicatorValues;

namespace KmIcs.Assurance.Domain.Tests.Rules;

public class DirectionOfTravelRuleTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, 50, 52, DirectionOfTravel.Improved)]
    [InlineData(Polarity.HigherIsBetter, 52, 50, DirectionOfTravel.Worsened)]
    [InlineData(Polarity.LowerIsBetter, 52, 50, DirectionOfTravel.Improved)]
    [InlineData(Polarity.LowerIsBetter, 50, 52, DirectionOfTravel.Worsened)]
    [InlineData(Polarity.HigherIsBetter, 50, 50, DirectionOfTravel.NoChange)]
    [InlineData(Polarity.LowerIsBetter, 50, 50, DirectionOfTravel.NoChange)]
    public void Direction_follows_polarity(Polarity polarity, int previous, int latest, DirectionOfTravel expected)
    {
        Assert.Equal(expected, DirectionOfTravelRule.Assess(polarity, 0, previous, latest));
    }

    [Theory]
    [InlineData(0, "93", "93.49")]
    [InlineData(0, "93.49", "93")]
    [InlineData(1, "93.0", "93.04")]
    [InlineData(2, "93.00", "92.996")]
    public void Difference_below_half_the_last_shown_place_is_no_change(int decimals, string previous, string latest)
    {
        Assert.Equal(
            DirectionOfTravel.NoChange,
            DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, decimals, Number(previous), Number(latest)));
    }

    [Theory]
    [InlineData(0, "93", "93.5", DirectionOfTravel.Improved)]
    [InlineData(0, "93.5", "93", DirectionOfTravel.Worsened)]
    [InlineData(1, "93.0", "93.05", DirectionOfTravel.Improved)]
    [InlineData(2, "93.00", "92.995", DirectionOfTravel.Worsened)]
    public void Difference_of_half_the_last_shown_place_is_a_change(int decimals, string previous, string latest, DirectionOfTravel expected)
    {
        Assert.Equal(expected, DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, decimals, Number(previous), Number(latest)));
    }

    [Fact]
    public void Missing_value_is_not_comparable()
    {
        Assert.Equal(DirectionOfTravel.NotComparable, DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, null, 5m));
        Assert.Equal(DirectionOfTravel.NotComparable, DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, 5m, null));
    }

    [Fact]
    public void No_judgement_indicator_is_not_comparable_even_when_it_moves()
    {
        Assert.Equal(DirectionOfTravel.NotComparable, DirectionOfTravelRule.Assess(Polarity.NoJudgement, 0, 40m, 60m));
    }

    [Fact]
    public void Negative_decimals_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, -1, 1m, 2m));
    }

    [Fact]
    public void Series_compares_the_two_latest_periods_of_the_kind_and_area_asked_for()
    {
        IndicatorValue[] values =
        [
            Value("Q3 2023/24", 58m),
            Value("Q1 2023/24", 70m),
            Value("Q2 2023/24", 50m),
            Value("Q4 2023/24", 10m, geography: "Medway"),
            Value("2023/24", 5m),
            Value("R12 to 2024-03", 1m),
        ];

        Assert.Equal(
            DirectionOfTravel.Improved,
            DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, values, "Kent", PeriodKind.Quarter));
    }

    [Fact]
    public void Series_matches_the_area_ignoring_case()
    {
        IndicatorValue[] values = [Value("2021/22", 10m, "KENT"), Value("2022/23", 8m, "kent")];

        Assert.Equal(
            DirectionOfTravel.Improved,
            DirectionOfTravelRule.Assess(Polarity.LowerIsBetter, 0, values, "Kent", PeriodKind.FinancialYear));
    }

    [Fact]
    public void Series_with_one_value_is_not_comparable()
    {
        IndicatorValue[] values = [Value("Q3 2023/24", 58m), Value("2022/23", 40m)];

        Assert.Equal(
            DirectionOfTravel.NotComparable,
            DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, values, "Kent", PeriodKind.Quarter));
    }

    [Fact]
    public void Latest_period_without_a_number_is_not_comparable_rather_than_skipped()
    {
        IndicatorValue[] values = [Value("Q1 2023/24", 50m), Value("Q2 2023/24", 60m), Value("Q3 2023/24", null)];

        Assert.Equal(
            DirectionOfTravel.NotComparable,
            DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, values, "Kent", PeriodKind.Quarter));
    }

    [Fact]
    public void Two_values_for_one_period_and_area_are_refused()
    {
        IndicatorValue[] values = [Value("Q2 2023/24", 50m), Value("Q2 2023/24", 60m)];

        Assert.Throws<ArgumentException>(
            () => DirectionOfTravelRule.Assess(Polarity.HigherIsBetter, 0, values, "Kent", PeriodKind.Quarter));
    }

    [Fact]
    public void Indicator_overload_uses_the_indicators_polarity_decimals_and_values()
    {
        var indicator = new Indicator
        {
            Ref = "3.4",
            Statement = "Rate to get down",
            Polarity = Polarity.LowerIsBetter,
            Decimals = 1,
            Values = { Value("2021/22", 12.00m), Value("2022/23", 11.94m) },
        };

        Assert.Equal(DirectionOfTravel.Improved, DirectionOfTravelRule.Assess(indicator, "Kent", PeriodKind.FinancialYear));
    }

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
