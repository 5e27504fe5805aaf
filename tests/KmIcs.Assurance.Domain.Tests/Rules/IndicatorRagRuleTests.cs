using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Domain.Tests.Rules;

/// <summary>
/// Higher-is-better cases use target 80, floor 70; lower-is-better cases target 10, floor 15 (a rate to get down).
/// </summary>
public class IndicatorRagRuleTests
{
    [Fact]
    public void Value_exactly_on_target_is_green_when_higher_is_better()
    {
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 80m, 80m, 70m));
    }

    [Fact]
    public void Value_exactly_on_target_is_green_when_lower_is_better()
    {
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 10m, 10m, 15m));
    }

    [Fact]
    public void Value_just_short_of_target_is_amber_when_higher_is_better()
    {
        Assert.Equal(Rag.Amber, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 79.99m, 80m, 70m));
    }

    [Fact]
    public void Value_just_short_of_target_is_amber_when_lower_is_better()
    {
        Assert.Equal(Rag.Amber, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 10.01m, 10m, 15m));
    }

    [Fact]
    public void Value_exactly_on_floor_is_amber_when_higher_is_better()
    {
        Assert.Equal(Rag.Amber, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 70m, 80m, 70m));
    }

    [Fact]
    public void Value_exactly_on_floor_is_amber_when_lower_is_better()
    {
        Assert.Equal(Rag.Amber, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 15m, 10m, 15m));
    }

    [Fact]
    public void Indicator_below_floor_is_red_when_higher_is_better()
    {
        Assert.Equal(Rag.Red, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 69.99m, 80m, 70m));
    }

    [Fact]
    public void Indicator_above_floor_is_red_when_lower_is_better()
    {
        Assert.Equal(Rag.Red, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 15.01m, 10m, 15m));
    }

    [Fact]
    public void Value_beyond_target_is_green_for_both_polarities()
    {
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 95m, 80m, 70m));
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 2m, 10m, 15m));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 80, Rag.Green)]
    [InlineData(Polarity.HigherIsBetter, 12, Rag.Amber)]
    [InlineData(Polarity.LowerIsBetter, 10, Rag.Green)]
    [InlineData(Polarity.LowerIsBetter, 99, Rag.Amber)]
    public void Without_a_floor_a_met_target_is_green_and_a_miss_is_amber_never_red(Polarity polarity, int value, Rag expected)
    {
        var target = polarity == Polarity.HigherIsBetter ? 80m : 10m;

        Assert.Equal(expected, IndicatorRagRule.Rate(polarity, value, target, floor: null));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    public void Missing_value_against_a_target_is_not_available(Polarity polarity)
    {
        Assert.Equal(Rag.NotAvailable, IndicatorRagRule.Rate(polarity, value: null, 80m, 70m));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    public void Value_without_a_target_has_no_target_even_with_a_floor(Polarity polarity)
    {
        Assert.Equal(Rag.NoTarget, IndicatorRagRule.Rate(polarity, 50m, target: null, floor: 70m));
    }

    [Fact]
    public void Missing_value_without_a_target_is_no_target_rather_than_not_available()
    {
        Assert.Equal(Rag.NoTarget, IndicatorRagRule.Rate(Polarity.HigherIsBetter, value: null, target: null, floor: null));
    }

    [Fact]
    public void No_judgement_indicator_is_never_rated()
    {
        Assert.Equal(Rag.NoTarget, IndicatorRagRule.Rate(Polarity.NoJudgement, 80m, 80m, 70m));
        Assert.Equal(Rag.NoTarget, IndicatorRagRule.Rate(Polarity.NoJudgement, 10m, 80m, 70m));
    }

    [Fact]
    public void Value_on_its_trajectory_is_green_although_the_final_target_is_not_met()
    {
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 74m, 80m, 70m, trajectory: 74m));
    }

    [Fact]
    public void Value_behind_its_trajectory_is_amber_although_it_beats_an_earlier_level()
    {
        Assert.Equal(Rag.Amber, IndicatorRagRule.Rate(Polarity.LowerIsBetter, 12.5m, 10m, 15m, trajectory: 12m));
    }

    [Fact]
    public void Value_missing_its_trajectory_and_floor_is_red()
    {
        Assert.Equal(Rag.Red, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 65m, 80m, 70m, trajectory: 74m));
    }

    [Fact]
    public void Trajectory_without_a_final_target_still_rates()
    {
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 74m, target: null, floor: null, trajectory: 74m));
    }

    [Fact]
    public void Floor_on_the_wrong_side_of_the_target_leaves_no_amber_band()
    {
        Assert.Equal(Rag.Red, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 75m, 80m, 85m));
        Assert.Equal(Rag.Green, IndicatorRagRule.Rate(Polarity.HigherIsBetter, 80m, 80m, 85m));
    }
}
